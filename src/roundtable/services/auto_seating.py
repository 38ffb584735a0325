"""Auto seating: fill a plan's free seats by the rules, and check a plan made by hand.

Pure logic on records (no Qt, no database), deterministic: the same plan, participants and
rules always give the same seats; nothing is random. The rules and the score are defined in
``seating_score``. The algorithm has two stages:

1. **Greedy placement.** Locked seats keep whoever is in them (or stay empty), and the people in
   them are not placed again; labelled seats (press, interpreters) are left for them; people who
   declined are never seated. The moderator or chair goes to the head, the host and the guest of
   honour to the head's right and left (the guest the user chose, else the first by precedence
   who does not preside; the result says which, so a report can tell the user). With facing
   delegations, the two leading delegations then take the seats straight across from each
   other, pair by pair from the head outward, each delegation on its own side. Every other
   seat, from the head outward in precedence order (right, left, right, …), takes the
   highest-precedence person left who breaks nothing there: not a fellow delegate beside them
   (alternating) or across (facing), not a keep-apart partner beside them. A keep-together
   partner of someone already beside the seat goes first.
2. **Improvement.** Repeated passes over the seats whose terms cost something: each tries
   swapping its occupant with the seats near it in the order from the head, the seats beside its
   keep-together partner and its role seat, and makes the best swap that lowers the total cost.
   A swap only changes the terms touching its two seats, so each try is cheap. Passes stop when
   nothing improves or after ``SeatingRules.max_passes``; the number of tries is therefore
   bounded, not the time, so the result does not depend on the machine's speed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from roundtable.domain.enums import Attendance, DelegationSeating
from roundtable.domain.records import ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord, SeatRecord
from roundtable.domain.seating_geometry import HeadSide
from roundtable.services.seating_score import (
    GuestOfHonour,
    SeatingProblem,
    SeatingRules,
    Violation,
    guest_by_precedence,
)
from roundtable.wording import tr

__all__ = [
    "GuestOfHonour",
    "SeatingResult",
    "SeatingRules",
    "Violation",
    "apply_assignments",
    "auto_seat",
    "check",
    "evaluate",
    "guest_by_precedence",
]

WINDOW = 8  # the improvement pass tries swaps this far up and down the order from the head


@dataclass(frozen=True)
class SeatingResult:
    """Auto seating's answer. ``assignments`` covers every taken seat, locked ones included."""

    assignments: dict[int, int]  # seat number → participation id
    unseated: list[int]  # participation ids, in precedence order
    score: float  # minus the total penalty: 0 is every rule kept (see seating_score)
    violations: list[Violation]
    guest_of_honour: GuestOfHonour | None = None  # whom the rules treated as one, and why


def auto_seat(
    plan: SeatingPlanRecord,
    participants: list[ParticipationRecord],
    rules: SeatingRules | None = None,
) -> SeatingResult:
    """Seat ``participants`` in ``plan``'s free seats by ``rules`` (see the module's docstring).

    Raises ``UserError`` when the plan's layout is impossible, ``ValueError`` for a participant
    without an id.
    """
    problem = SeatingProblem(plan, participants, rules or SeatingRules())
    state = _State(problem)
    _place_roles(state)
    if problem.rules.delegations is DelegationSeating.FACING:
        _place_facing(state)
    _fill(state)
    _improve(state)
    return SeatingResult(
        assignments=dict(sorted(state.at.items())),
        unseated=[pid for pid in problem.people if pid not in state.seat_of],
        score=-state.total(),
        violations=problem.violations(state.at, state.seat_of),
        guest_of_honour=problem.guest_of_honour(),
    )


def evaluate(
    plan: SeatingPlanRecord,
    participants: list[ParticipationRecord],
    rules: SeatingRules | None = None,
) -> tuple[float, list[Violation]]:
    """The score and violations of ``plan`` as it stands (a plan arranged by hand).

    Besides the rules, it reports seats given to someone who declined or who is not a
    participant, and anyone holding two seats (the lower-numbered one counts for the rules).
    """
    problem = SeatingProblem(plan, participants, rules or SeatingRules())
    at: dict[int, int] = {}
    seat_of: dict[int, int] = {}
    extra: list[Violation] = []
    for number, pid in sorted(plan.occupants().items()):
        if not 1 <= number <= plan.seat_count:
            continue
        if pid in seat_of:
            extra.append(_duplicate(problem, pid, seat_of[pid], number))
            continue
        if pid not in problem.people:
            extra.append(_not_seatable(problem, pid, number))
        at[number] = pid
        seat_of[pid] = number
    score = -problem.total_cost(at, seat_of) - sum(v.penalty for v in extra)
    return score, extra + problem.violations(at, seat_of)


def check(
    plan: SeatingPlanRecord,
    participants: list[ParticipationRecord],
    rules: SeatingRules | None = None,
) -> list[Violation]:
    """What ``plan`` as it stands breaks: for the list beside a plan after manual changes."""
    return evaluate(plan, participants, rules)[1]


def apply_assignments(plan: SeatingPlanRecord, assignments: dict[int, int]) -> SeatingPlanRecord:
    """A copy of ``plan`` with its seats taken as ``assignments`` says.

    Seat records keep their ids, labels and locks; a seat not in ``assignments`` is emptied.
    Records of seats left with nothing on them and never stored are dropped.
    """
    seats: list[SeatRecord] = []
    for number in range(1, plan.seat_count + 1):
        seat = replace(plan.seat(number), participation_id=assignments.get(number))
        if seat.participation_id is not None or seat.locked or seat.label or seat.id is not None:
            seats.append(seat)
    return replace(plan, seats=seats)


# --- stage 1: greedy ---------------------------------------------------------------------------


class _State:
    """Who sits where while auto seating works; both directions kept for quick lookups."""

    def __init__(self, problem: SeatingProblem) -> None:
        self.problem = problem
        self.at: dict[int, int] = {}
        self.seat_of: dict[int, int] = {}
        for number, pid in problem.locked.items():
            if pid is not None and pid not in self.seat_of:
                self.at[number] = pid
                self.seat_of[pid] = number
        self.open = set(problem.free)
        self.waiting = [pid for pid in problem.people if pid not in self.seat_of]

    def sit(self, pid: int, seat: int) -> None:
        self.at[seat] = pid
        self.seat_of[pid] = seat
        self.open.discard(seat)
        self.waiting.remove(pid)

    def swap(self, a: int, b: int) -> None:
        first, second = self.at.pop(a, None), self.at.pop(b, None)
        if first is not None:
            self.at[b] = first
            self.seat_of[first] = b
        if second is not None:
            self.at[a] = second
            self.seat_of[second] = a

    def total(self) -> float:
        return self.problem.total_cost(self.at, self.seat_of)


def _place_roles(state: _State) -> None:
    for pid, target in state.problem.targets.items():
        if pid in state.waiting and target.seat in state.open:
            state.sit(pid, target.seat)


def _place_facing(state: _State) -> None:
    """The two leading delegations straight across from each other, from the head outward."""
    problem = state.problem
    leaders: list[str] = []
    for pid in state.waiting:
        delegation = problem.delegation[pid]
        if delegation and delegation not in leaders:
            leaders.append(delegation)
    if len(leaders) < 2:
        return
    queues = [[p for p in state.waiting if problem.delegation[p] == d] for d in leaders[:2]]
    position = {seat: index for index, seat in enumerate(problem.chain)}
    pairs = [
        (a, b) for a, b in problem.geometry.facing_pairs() if a in state.open and b in state.open
    ]
    pairs.sort(key=lambda pair: min(position[pair[0]], position[pair[1]]))
    for pair in pairs:
        if not (queues[0] and queues[1]):
            break
        first_seat, second_seat = _sides_of_pair(state, pair, position)
        state.sit(queues[0].pop(0), first_seat)
        state.sit(queues[1].pop(0), second_seat)


def _sides_of_pair(
    state: _State, pair: tuple[int, int], position: dict[int, int]
) -> tuple[int, int]:
    """Which seat of a facing pair is the first delegation's: the head's right, else nearer."""
    a, b = pair
    side_a = state.problem.geometry.place(a).side
    side_b = state.problem.geometry.place(b).side
    if {side_a, side_b} == {HeadSide.RIGHT, HeadSide.LEFT}:
        return (a, b) if side_a is HeadSide.RIGHT else (b, a)
    return (a, b) if position[a] <= position[b] else (b, a)


def _fill(state: _State) -> None:
    for seat in state.problem.free:
        if not state.waiting:
            return
        if seat in state.open:
            state.sit(_choose(state, seat), seat)


def _choose(state: _State, seat: int) -> int:
    """Who takes ``seat``: a waiting keep-together partner of a neighbour, else by precedence."""
    problem = state.problem
    beside = [state.at[s] for s in problem.geometry.neighbours[seat] if s in state.at]
    partners = [
        other
        for pid in beside
        for index in problem.pairs_of.get(pid, ())
        for other in problem.pairs[index][:2]
        if problem.pairs[index][2] and other != pid and other in state.waiting
    ]
    for pid in sorted(partners, key=problem.rank.__getitem__):
        if not _conflicts(state, pid, seat, beside):
            return pid
    best, fewest = state.waiting[0], None
    for pid in state.waiting:
        count = _conflicts(state, pid, seat, beside)
        if count == 0:
            return pid
        if fewest is None or count < fewest:
            best, fewest = pid, count
    return best


def _conflicts(state: _State, pid: int, seat: int, beside: list[int]) -> int:
    """How many rules seating ``pid`` at ``seat`` would break with the people already there."""
    problem = state.problem
    mode = problem.rules.delegations
    mine = problem.delegation[pid]
    count = 0
    for other in beside:
        if mine and mode is DelegationSeating.ALTERNATE and problem.delegation.get(other) == mine:
            count += 1
        for index in problem.pairs_of.get(pid, ()):
            first, second, together = problem.pairs[index]
            if not together and other in (first, second):
                count += 2
    across = problem.geometry.facing.get(seat)
    if mine and mode is DelegationSeating.FACING and across in state.at:
        count += problem.delegation.get(state.at[across]) == mine
    return count


# --- stage 2: improvement ----------------------------------------------------------------------


def _improve(state: _State) -> None:
    problem = state.problem
    position = {seat: index for index, seat in enumerate(problem.free)}
    for _ in range(problem.rules.max_passes):
        improved = False
        for seat in _troubled(state):
            best, best_delta = None, -1e-9
            for other in _candidates(state, seat, position):
                delta = _swap_delta(state, seat, other)
                if delta < best_delta:
                    best, best_delta = other, delta
            if best is not None:
                state.swap(seat, best)
                improved = True
        if not improved:
            return


def _troubled(state: _State) -> list[int]:
    """The free seats with a broken term on them or on their occupant, in seat order."""
    problem = state.problem
    return sorted(s for s in problem.free if problem.local_cost((s,), state.at, state.seat_of) > 0)


def _candidates(state: _State, seat: int, position: dict[int, int]) -> list[int]:
    """Free seats worth swapping with ``seat``: near it in order, by a partner, its role seat."""
    problem = state.problem
    free = problem.free
    here = position[seat]
    found = set(free[max(here - WINDOW, 0) : here + WINDOW + 1])
    pid = state.at.get(seat)
    if pid is not None:
        for index in problem.pairs_of.get(pid, ()):
            first, second, together = problem.pairs[index]
            other_seat = state.seat_of.get(second if first == pid else first)
            if together and other_seat is not None:
                found.update(problem.geometry.neighbours[other_seat])
        target = problem.targets.get(pid)
        if target is not None:
            found.add(target.seat)
    found.discard(seat)
    return sorted(s for s in found if s in position)


def _swap_delta(state: _State, a: int, b: int) -> float:
    problem = state.problem
    before = problem.local_cost((a, b), state.at, state.seat_of)
    state.swap(a, b)
    after = problem.local_cost((a, b), state.at, state.seat_of)
    state.swap(a, b)
    return after - before


# --- checking a hand-made plan -----------------------------------------------------------------


def _duplicate(problem: SeatingProblem, pid: int, first: int, second: int) -> Violation:
    message = tr("{name} has two seats, {first} and {second}.").format(
        name=problem.name(pid), first=first, second=second
    )
    return Violation("duplicate", message, (first, second), (pid,), 0.0)


def _not_seatable(problem: SeatingProblem, pid: int, seat: int) -> Violation:
    person = problem.everyone.get(pid)
    if person is not None and person.attendance is Attendance.DECLINED:
        message = tr("{name} has declined but has seat {seat}.").format(
            name=problem.name(pid), seat=seat
        )
        return Violation("declined", message, (seat,), (pid,), 0.0)
    message = tr("Seat {seat} is given to someone who is not a participant of this event.").format(
        seat=seat
    )
    return Violation("unknown", message, (seat,), (pid,), 0.0)
