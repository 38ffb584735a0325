"""Auto seating of 200 seats with 30 pair rules, against the 200 ms target (issue 7).

Not a test (times depend on the machine). For each shape it builds 200 participants (a
moderator, a host, three delegations of 60 and 18 without a delegation, precedence shuffled with
a fixed seed), 30 pair rules (15 keep-together, 15 keep-apart, fixed seed) and a few locked and
labelled seats, then times ``auto_seat`` ``--runs`` times with every rule on, and prints the
median and worst time, the score and the number of violations.

Usage::

    python benchmarks/seating.py                 # 9 runs per shape, alternating delegations
    python benchmarks/seating.py --runs 21 --delegations facing
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from roundtable.domain.enums import DelegationSeating, ParticipantRole, TableShape
from roundtable.domain.records import ParticipationRecord, PersonRecord
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.domain.seating_geometry import natural_head_seat
from roundtable.services.auto_seating import SeatingRules, auto_seat

TARGET_MS = 200.0
SEATS = 200
PAIRS = 30
DELEGATIONS = ["NCAFP delegation", "Russian delegation", "Japanese delegation"]

LAYOUTS = [
    (TableShape.ROUND, None, None),
    (TableShape.RECTANGLE, 100, None),
    (TableShape.BOARDROOM, 99, None),
    (TableShape.HOLLOW_SQUARE, 50, None),
    (TableShape.U_SHAPE, None, None),
    (TableShape.CLASSROOM, 20, 10),
]


def participants(rng: random.Random) -> list[ParticipationRecord]:
    order = list(range(1, SEATS + 1))
    rng.shuffle(order)
    people = []
    for pid in range(1, SEATS + 1):
        role = {1: ParticipantRole.MODERATOR, 2: ParticipantRole.HOST}.get(
            pid, ParticipantRole.PARTICIPANT
        )
        delegation = DELEGATIONS[pid % 3] if 2 < pid <= 182 else ""
        people.append(
            ParticipationRecord(
                person=PersonRecord(given_name=f"Given{pid}", family_name=f"Family{pid}"),
                role=role,
                delegation=delegation,
                precedence=order[pid - 1],
                id=pid,
            )
        )
    return people


def pair_rules(rng: random.Random) -> list[PairRule]:
    chosen = rng.sample(range(3, SEATS + 1), 2 * PAIRS)
    return [PairRule(chosen[2 * i], chosen[2 * i + 1], together=i % 2 == 0) for i in range(PAIRS)]


def plan_for(shape: TableShape, per_side: int | None, rows: int | None, rules: list[PairRule]):
    head = natural_head_seat(shape, SEATS, per_side, rows)
    locked = [
        SeatRecord(SEATS // 2, participation_id=SEATS, locked=True),
        SeatRecord(SEATS // 3, label="Interpreter"),
    ]
    return SeatingPlanRecord(
        name=shape.label,
        shape=shape,
        seat_count=SEATS,
        seats_per_side=per_side,
        head_seat=head,
        rows=rows,
        seats=locked,
        pair_rules=rules,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--delegations", choices=[m.value for m in DelegationSeating], default="alternate"
    )
    args = parser.parse_args()
    rng = random.Random(2017)
    people = participants(rng)
    rules = pair_rules(rng)
    seating_rules = SeatingRules(delegations=DelegationSeating(args.delegations))
    print(f"{SEATS} seats, {len(people)} participants, {PAIRS} pair rules, {args.runs} runs")
    print(f"{'layout':<24}{'median':>10}{'worst':>10}{'score':>10}{'violations':>12}")
    medians = []
    for shape, per_side, rows in LAYOUTS:
        plan = plan_for(shape, per_side, rows, rules)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            result = auto_seat(plan, people, seating_rules)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        medians.append(median)
        print(
            f"{shape.label:<24}{median:>8.1f}ms{max(times):>8.1f}ms{result.score:>10.0f}"
            f"{len(result.violations):>12}"
        )
    worst = max(medians)
    verdict = "meets" if worst < TARGET_MS else "MISSES"
    print(f"slowest median {worst:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target")


if __name__ == "__main__":
    main()
