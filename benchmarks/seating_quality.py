"""Auto seating's quality: its score against the best a long run of the same search finds.

Not a test (times depend on the machine). For each layout of ``benchmarks/seating.py``
(``--seats`` seats, ``--pairs`` pair rules, ``--delegations``) and for a 40-person boardroom with
two delegations and 7 keep-together rules (issue 19), it times ``auto_seat`` ``--runs`` times and
runs it once with ``--effort`` times the search budget (default 20), then prints a table and one
JSON line per case: ``{"name", "score", "best", "median_ms", "runs", "together_broken",
"best_together_broken"}``: the keep-together rules broken by the default run and by the best.

Usage::

    python benchmarks/seating_quality.py
    python benchmarks/seating_quality.py --seats 40 --pairs 6 --runs 3 --effort 5
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

from seating import (
    check_sizes,
    layouts,
    pair_rules,
    participants,
    plan_for,
    size_options,
    together_broken,
)

from roundtable.domain.enums import DelegationSeating, ParticipantRole, TableShape
from roundtable.domain.records import ParticipationRecord, PersonRecord
from roundtable.domain.seating import PairRule, SeatingPlanRecord
from roundtable.services.auto_seating import SeatingResult, SeatingRules, auto_seat


def boardroom() -> tuple[SeatingPlanRecord, list[ParticipationRecord]]:
    """40 seats, a moderator and a host, two delegations, 7 keep-together pairs across them."""
    people = []
    for pid in range(1, 41):
        role = {1: ParticipantRole.MODERATOR, 2: ParticipantRole.HOST}.get(
            pid, ParticipantRole.PARTICIPANT
        )
        delegation = "" if pid <= 2 else ("Alpha delegation" if pid % 2 else "Beta delegation")
        people.append(
            ParticipationRecord(
                person=PersonRecord(given_name=f"Given{pid}", family_name=f"Family{pid}"),
                role=role,
                delegation=delegation,
                precedence=pid,
                id=pid,
            )
        )
    pairs = [PairRule(3 + 4 * i, 6 + 4 * i, together=True) for i in range(7)]
    plan = SeatingPlanRecord(
        name="Boardroom",
        shape=TableShape.BOARDROOM,
        seat_count=40,
        seats_per_side=19,
        head_seat=1,
        seats=[],
        pair_rules=pairs,
    )
    return plan, people


def measure(name, plan, people, rules, runs: int, effort: int) -> dict:
    times = []
    result: SeatingResult | None = None
    for _ in range(runs):
        start = time.perf_counter()
        result = auto_seat(plan, people, rules)
        times.append((time.perf_counter() - start) * 1000)
    assert result is not None
    best = auto_seat(plan, people, rules, effort=effort)
    if result.score > best.score:
        best = result
    return {
        "name": name,
        "score": result.score,
        "best": best.score,
        "median_ms": round(statistics.median(times), 2),
        "runs": runs,
        "together_broken": together_broken(result),
        "best_together_broken": together_broken(best),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size_options(parser, runs=5)
    parser.add_argument("--effort", type=int, default=20, help="the long run's budget, times")
    args = parser.parse_args(argv)
    check_sizes(parser, args)
    if args.effort < 1:
        parser.error("--effort must be at least 1")
    rng = random.Random(2017)
    people = participants(rng, args.seats)
    rules = pair_rules(rng, args.seats, args.pairs)
    mode = DelegationSeating(args.delegations)
    cases = [
        (f"quality_{shape.value}", plan_for(shape, per_side, rows, rules, args.seats), people)
        for shape, per_side, rows in layouts(args.seats)
    ]
    cases.append(("quality_boardroom_40", *boardroom()))
    figures = [
        measure(name, plan, who, SeatingRules(delegations=mode), args.runs, args.effort)
        for name, plan, who in cases
    ]
    print(f"{args.seats} seats, {args.pairs} pair rules, {args.delegations}, {args.runs} runs")
    print(f"{'case':<26}{'score':>8}{'best':>8}{'median':>10}{'together broken':>17}{'in best':>9}")
    for line in figures:
        print(
            f"{line['name']:<26}{line['score']:>8.0f}{line['best']:>8.0f}"
            f"{line['median_ms']:>8.1f}ms{line['together_broken']:>17}"
            f"{line['best_together_broken']:>9}"
        )
    for line in figures:
        print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
