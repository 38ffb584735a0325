"""Auto seating of 200 seats with 30 pair rules, against the 200 ms target (issue 7).

Not a test (times depend on the machine). For each shape it builds ``--seats`` participants
(default 200: a moderator, a host, three delegations making up 91 % of the seats and the rest
without a delegation, precedence shuffled with a fixed seed), ``--pairs`` pair rules (default
30, alternately keep-together and keep-apart, fixed seed) and a few locked and labelled seats,
then times ``auto_seat`` ``--runs`` times with every rule on, and prints the median and worst
time, the score, the number of violations and how many of them are keep-together rules broken,
then one JSON line per shape
(``{"name": "seating_<shape>", "median_ms": ..., "runs": ...}``).

Usage::

    python benchmarks/seating.py                 # 9 runs per shape, alternating delegations
    python benchmarks/seating.py --runs 21 --delegations facing
    python benchmarks/seating.py --seats 20 --pairs 4 --runs 1
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import time

from roundtable.domain.enums import DelegationSeating, ParticipantRole, TableShape
from roundtable.domain.records import ParticipationRecord, PersonRecord
from roundtable.domain.seating import PairRule, SeatingPlanRecord, SeatRecord
from roundtable.domain.seating_geometry import natural_head_seat
from roundtable.services.auto_seating import SeatingResult, SeatingRules, auto_seat

TARGET_MS = 200.0
SEATS = 200  # defaults of --seats and --pairs
PAIRS = 30
DELEGATIONS = ["NCAFP delegation", "Russian delegation", "Japanese delegation"]

MIN_SEATS = 4  # a hollow square needs one seat on each side


def layouts(seats: int) -> list[tuple[TableShape, int | None, int | None]]:
    """Each shape's (shape, seats per side or row, rows) for ``seats``; at 200 seats these are
    the sizes the figures in README.md were measured with (100, 99, 50, 20 × 10)."""
    even = seats % 2 == 0
    per_row = math.ceil(seats / 10)
    return [
        (TableShape.ROUND, None, None),
        (TableShape.RECTANGLE, seats // 2 if even else None, None),
        (TableShape.BOARDROOM, (seats - 2) // 2 if even else (seats - 1) // 2, None),
        (TableShape.HOLLOW_SQUARE, seats // 4 if seats % 4 == 0 else None, None),
        (TableShape.U_SHAPE, None, None),
        (TableShape.CLASSROOM, per_row, math.ceil(seats / per_row)),
    ]


def participants(rng: random.Random, seats: int = SEATS) -> list[ParticipationRecord]:
    order = list(range(1, seats + 1))
    rng.shuffle(order)
    delegated = seats * 91 // 100  # 182 of 200: the rest sit without a delegation
    people = []
    for pid in range(1, seats + 1):
        role = {1: ParticipantRole.MODERATOR, 2: ParticipantRole.HOST}.get(
            pid, ParticipantRole.PARTICIPANT
        )
        delegation = DELEGATIONS[pid % 3] if 2 < pid <= delegated else ""
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


def pair_rules(rng: random.Random, seats: int = SEATS, pairs: int = PAIRS) -> list[PairRule]:
    chosen = rng.sample(range(3, seats + 1), 2 * pairs)
    return [PairRule(chosen[2 * i], chosen[2 * i + 1], together=i % 2 == 0) for i in range(pairs)]


def plan_for(
    shape: TableShape,
    per_side: int | None,
    rows: int | None,
    rules: list[PairRule],
    seats: int = SEATS,
):
    head = natural_head_seat(shape, seats, per_side, rows)
    locked = [
        SeatRecord(seats // 2, participation_id=seats, locked=True),
        SeatRecord(seats // 3, label="Interpreter"),
    ]
    return SeatingPlanRecord(
        name=shape.label,
        shape=shape,
        seat_count=seats,
        seats_per_side=per_side,
        head_seat=head,
        rows=rows,
        seats=locked,
        pair_rules=rules,
    )


def together_broken(result: SeatingResult) -> int:
    """How many keep-together rules ``result`` breaks: the figure issue 19 asks to bring to 0."""
    return sum(v.kind == "together" for v in result.violations)


def size_options(parser: argparse.ArgumentParser, runs: int) -> None:
    """The options this benchmark and seating_quality.py share: the sizes and the runs."""
    parser.add_argument("--seats", type=int, default=SEATS, help=f"default {SEATS}")
    parser.add_argument("--pairs", type=int, default=PAIRS, help=f"pair rules, default {PAIRS}")
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument(
        "--delegations", choices=[m.value for m in DelegationSeating], default="alternate"
    )


def check_sizes(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse sizes the participants and pair rules cannot be built for (argparse's exit 2)."""
    if args.seats < MIN_SEATS:
        parser.error(f"--seats must be at least {MIN_SEATS}")
    if not 0 <= 2 * args.pairs <= args.seats - 2:
        parser.error(
            f"--pairs must be between 0 and {(args.seats - 2) // 2} for {args.seats} seats"
        )
    if args.runs < 1:
        parser.error("--runs must be at least 1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size_options(parser, runs=9)
    args = parser.parse_args(argv)
    check_sizes(parser, args)
    rng = random.Random(2017)
    people = participants(rng, args.seats)
    rules = pair_rules(rng, args.seats, args.pairs)
    seating_rules = SeatingRules(delegations=DelegationSeating(args.delegations))
    print(
        f"{args.seats} seats, {len(people)} participants, {args.pairs} pair rules, {args.runs} runs"
    )
    print(
        f"{'layout':<24}{'median':>10}{'worst':>10}{'score':>10}{'violations':>12}"
        f"{'together broken':>17}"
    )
    medians = []
    figures = []
    for shape, per_side, rows in layouts(args.seats):
        plan = plan_for(shape, per_side, rows, rules, args.seats)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            result = auto_seat(plan, people, seating_rules)
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        medians.append(median)
        together = together_broken(result)
        print(
            f"{shape.label:<24}{median:>8.1f}ms{max(times):>8.1f}ms{result.score:>10.0f}"
            f"{len(result.violations):>12}{together:>17}"
        )
        figures.append(
            {
                "name": f"seating_{shape.value}",
                "median_ms": round(median, 2),
                "runs": len(times),
                "max_ms": round(max(times), 2),
                "seats": args.seats,
                "pairs": args.pairs,
                "score": result.score,
                "violations": len(result.violations),
                "together_broken": together,
            }
        )
    worst = max(medians)
    verdict = "meets" if worst < TARGET_MS else "MISSES"
    print(f"slowest median {worst:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target")
    for line in figures:
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
