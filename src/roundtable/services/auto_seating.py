"""Auto seating: fill a plan's free seats by the rules, and check a plan made by hand.

Pure logic on records (no Qt, no database), deterministic: the same plan, participants and
rules always give the same seats (the search's random kicks come from a fixed seed). The rules
and the score are defined in ``seating_score``. The algorithm has two stages:

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
2. **Improvement.** First the cheap pass: each seat whose terms cost something tries swaps with
   the seats near it in the order from the head, beside its keep-together partner and its role
   seat (up to ``SeatingRules.max_passes`` passes). Then a local search over the whole
   neighbourhood: each troubled seat (most costly first) against every movable seat, someone
   left without a seat brought in beside their partner, and shifts (a run of up to
   ``MAX_SHIFT`` adjacent seats rotated by one, starting or ending at a broken pair rule),
   until nothing improves. A broken keep-together rule also tries the three-way move: one
   partner to a seat beside the other, whoever sat there to the best seat anywhere, and that
   seat's occupant to the partner's old seat (one swap cannot bring a partner over when
   delegations alternate without breaking alternation where they leave). Then kicks from a
   seeded generator, each followed by the descent, keeping the best found: while a
   keep-together rule is broken, a kick keeps it at whatever cost (the partner's only free
   neighbour may be held by someone with a pair rule of their own, whom the descent then
   moves); otherwise one to three random swaps. Role seats taken by their role stay.
   Each try only costs the terms touching the seats it changes. The budget counts tries
   (``TRIES_PER_SEAT`` per movable seat, at least ``MIN_TRIES``, times ``effort``), not time,
   so the result does not depend on the machine's speed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from roundtable.domain.enums import Attendance, DelegationSeating
from roundtable.domain.records import ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord, SeatRecord
from roundtable.domain.seating_geometry import HeadSide
from roundtable.services.seating_score import (
    W_UNSEATED,
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
    *,
    effort: int = 1,
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
    _improve(state, effort)
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

    @property
    def placed(self) -> set[int]:
        """Role seats taken by their role: the improvement leaves them be."""
        return {
            target.seat
            for pid, target in self.problem.targets.items()
            if self.seat_of.get(pid) == target.seat
        }

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


def _improve(state: _State, effort: int = 1) -> None:
    """Local search over every swap and every shift, then seeded perturbations (``_Search``)."""
    _improve_nearby(state)
    search = _Search(state, effort)
    search.descend()
    search.perturb()


def _improve_nearby(state: _State) -> None:
    """A cheap first pass: swaps with seats near each troubled seat, by partners, role seats."""
    problem = state.problem
    position = {seat: index for index, seat in enumerate(problem.free)}
    for _ in range(problem.rules.max_passes):
        improved = False
        for seat in _troubled(state):
            best, best_delta = None, -EPSILON
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


class _Search:
    """Deterministic local search: best swap for each troubled seat against every movable seat,
    then shifts (a run of adjacent seats rotated by one), until nothing improves; then kicks of
    random swaps from a generator seeded by the problem's size, each followed by the descent,
    keeping the best arrangement found. The budget counts tries, not time."""

    def __init__(self, state: _State, effort: int) -> None:
        self.state = state
        problem = state.problem
        self.movable = [s for s in problem.free if s not in state.placed]
        self.movable_set = set(self.movable)
        self.runs = self._runs()
        size = len(self.movable)
        self.budget = effort * max(TRIES_PER_SEAT * size, MIN_TRIES)
        self.tries = 0
        self.total = state.total()

    def _runs(self) -> list[list[int]]:
        """Maximal runs of movable seats, each seat beside the next, in seat-number order."""
        neighbours = self.state.problem.geometry.neighbours
        runs: list[list[int]] = []
        for seat in sorted(self.movable):
            if runs and runs[-1][-1] in neighbours[seat]:
                runs[-1].append(seat)
            else:
                runs.append([seat])
        return [run for run in runs if len(run) > 2]

    def _troubled(self) -> list[int]:
        problem, state = self.state.problem, self.state
        costs = {s: problem.local_cost((s,), state.at, state.seat_of) for s in self.movable}
        return sorted((s for s in self.movable if costs[s] > MINOR), key=lambda s: -costs[s])

    def _broken(self) -> list[int]:
        """Seats whose occupant's pair rule is broken: where a shift is worth trying."""
        problem, state = self.state.problem, self.state
        found = []
        for seat in self.movable:
            pid = state.at.get(seat)
            if pid is not None and any(
                problem.pair_cost(index, state.seat_of) > 0
                for index in problem.pairs_of.get(pid, ())
            ):
                found.append(seat)
        return found

    def descend(self) -> None:
        while self.tries < self.budget:
            improved = self._bring_in()
            improved = self._together() or improved
            improved = self._swaps() or improved
            improved = self._shifts() or improved
            if not improved:
                return

    def _swaps(self) -> bool:
        improved = False
        for seat in self._troubled():
            if self.tries >= self.budget:
                break
            best, best_delta = None, -EPSILON
            for other in self.movable:
                if other != seat:
                    delta = _swap_delta(self.state, seat, other)
                    if delta < best_delta:
                        best, best_delta = other, delta
            self.tries += len(self.movable)
            if best is not None:
                self.state.swap(seat, best)
                self.total += best_delta
                improved = True
        return improved

    def _bring_in(self) -> bool:
        """Seat someone left without a seat (a broken pair rule's partner) in place of another."""
        state, problem = self.state, self.state.problem
        improved = False
        for pid in [p for p in problem.people if p not in state.seat_of]:
            if not any(
                problem.pair_cost(i, state.seat_of) > 0 for i in problem.pairs_of.get(pid, ())
            ):
                continue
            best, best_delta = None, -EPSILON
            for seat in self.movable:
                delta = _replace_delta(state, seat, pid)
                if delta < best_delta:
                    best, best_delta = seat, delta
            self.tries += len(self.movable)
            if best is not None:
                _replace(state, best, pid)
                self.total += best_delta
                improved = True
        return improved

    def _together(self) -> bool:
        """Each broken keep-together rule: one partner moves beside the other, and whoever sat
        there moves to the best seat anywhere, its occupant taking the partner's old place (or
        leaving the plan, when the partner had no seat). One swap cannot do that without
        breaking alternation at one end: this three-way move is two swaps (or replacements)
        in a row, the second chosen from every movable seat."""
        improved = False
        for index in self._broken_together():
            if self.tries >= self.budget:
                break
            best, best_delta = None, -EPSILON
            for mover, near, old in self._moves_together(index):
                far, delta = self._second_move(mover, near, old)
                if delta < best_delta:
                    best, best_delta = (mover, near, old, far), delta
            if best is not None:
                self._three_way(*best)
                self.total += best_delta
                improved = True
        return improved

    def _broken_together(self) -> list[int]:
        """The keep-together rules broken now, by index, in the plan's order."""
        problem, seat_of = self.state.problem, self.state.seat_of
        return [
            index
            for index, (_, _, together) in enumerate(problem.pairs)
            if together and problem.pair_cost(index, seat_of) > 0
        ]

    def _moves_together(self, index: int) -> list[tuple[int, int, int | None]]:
        """(mover, seat beside the partner, mover's seat or None) for a keep-together rule."""
        state, problem = self.state, self.state.problem
        first, second, _ = problem.pairs[index]
        found = []
        for mover, anchor in ((second, first), (first, second)):
            anchor_seat, old = state.seat_of.get(anchor), state.seat_of.get(mover)
            if anchor_seat is None or (old is not None and old not in self.movable_set):
                continue
            for near in problem.geometry.neighbours[anchor_seat]:
                if near in self.movable_set:
                    found.append((mover, near, old))
        return found

    def _three_way(self, mover: int, near: int, old: int | None, far: int | None) -> None:
        """The move ``_second_move`` costed: ``mover`` to ``near``, then its occupant to
        ``far`` (if any) and ``far``'s occupant to ``old`` (or out of the plan)."""
        displaced = self._first_move(mover, near, old)
        if far is not None and old is not None:
            self.state.swap(old, far)
        elif far is not None and displaced is not None:
            _replace(self.state, far, displaced)

    def _pair_kick(self, rng: random.Random) -> bool:
        """A kick that keeps a broken keep-together rule at whatever cost (the best three-way
        move for it, see ``_together``), for the descent to repair what that breaks: the
        partner's only free neighbour may be held by someone with a pair rule of their own."""
        broken = self._broken_together()
        options = self._moves_together(rng.choice(broken)) if broken else []
        if not options:
            return False
        mover, near, old = rng.choice(options)
        far, delta = self._second_move(mover, near, old)
        self._three_way(mover, near, old, far)
        self.total += delta
        return True

    def _first_move(self, mover: int, near: int, old: int | None) -> int | None:
        """``mover`` takes ``near``; whoever sat there takes ``old`` (or leaves, if None)."""
        if old is not None:
            self.state.swap(old, near)
            return None
        return _replace(self.state, near, mover)

    def _second_move(self, mover: int, near: int, old: int | None) -> tuple[int | None, float]:
        """The best seat for whoever ``mover`` displaces from ``near``, and the whole move's
        delta: None keeps them at ``old`` (or without a seat)."""
        state = self.state
        other = state.at.get(near)
        if old is not None:
            first = _swap_delta(state, old, near)
        else:
            first = _replace_delta(state, near, mover)
        best, best_delta = None, first
        if other is not None:
            self._first_move(mover, near, old)
            for far in self.movable:
                if far != near and far != old:
                    if old is not None:
                        delta = first + _swap_delta(state, old, far)
                    else:
                        delta = first + _replace_delta(state, far, other)
                    if delta < best_delta:
                        best, best_delta = far, delta
            self._undo_first(mover, near, old, other)
            self.tries += len(self.movable)
        return best, best_delta

    def _undo_first(self, mover: int, near: int, old: int | None, other: int) -> None:
        """Take back ``_first_move``: ``other`` sat at ``near`` before it."""
        if old is not None:
            self.state.swap(old, near)
        else:
            _replace(self.state, near, other)

    def _shifts(self) -> bool:
        improved = False
        troubled = set(self._broken())
        for run in self.runs:
            for start in range(len(run)):
                for stop in range(start + 3, min(start + MAX_SHIFT, len(run)) + 1):
                    part = run[start:stop]
                    if part[0] not in troubled and part[-1] not in troubled:
                        continue
                    if self.tries >= self.budget:
                        continue
                    for step in (1, -1):
                        self.tries += len(part)
                        delta = _shift_delta(self.state, part, step)
                        if delta < -EPSILON:
                            _shift(self.state, part, step)
                            self.total += delta
                            improved = True
                            troubled = set(self._broken())
        return improved

    def perturb(self) -> None:
        state = self.state
        if len(self.movable) < 2 or self.total <= 0:
            return
        rng = random.Random(len(self.movable) * 7919 + len(state.problem.pairs))
        best_total, best_at = self.total, dict(state.at)
        while self.tries < self.budget and best_total > 0:
            if not self._pair_kick(rng):
                troubled = self._troubled() or self.movable
                for _ in range(rng.randint(1, 3)):
                    a = rng.choice(troubled)
                    b = rng.choice(self.movable)
                    if a != b:
                        self.total += _swap_delta(state, a, b)
                        state.swap(a, b)
            self.tries += len(self.movable)
            self.descend()
            if self.total < best_total - EPSILON:
                best_total, best_at = self.total, dict(state.at)
            elif self.total > best_total + EPSILON:
                self._restore(best_at, best_total)
        self._restore(best_at, best_total)

    def _restore(self, at: dict[int, int], total: float) -> None:
        state = self.state
        state.at = dict(at)
        state.seat_of = {pid: seat for seat, pid in at.items()}
        self.total = total


WINDOW = 8  # the first pass tries swaps this far up and down the order from the head
TRIES_PER_SEAT = 65  # the search's budget in tries per movable seat, times ``effort``
MIN_TRIES = 6000  # and at least this many, for small plans
MAX_SHIFT = 24  # the longest run of seats a shift moves
EPSILON = 1e-9
MINOR = 1.0  # seats costing no more than this (a precedence term) are left to the first pass


def _swap_delta(state: _State, a: int, b: int) -> float:
    problem, at, seat_of = state.problem, state.at, state.seat_of
    first, second = at.get(a), at.get(b)
    if first == second:
        return 0.0
    people = [pid for pid in (first, second) if pid is not None]
    rules = {index for pid in people for index in problem.pairs_of.get(pid, ())}
    edges = {*problem.edges_at.get(a, ()), *problem.edges_at.get(b, ())}
    before = _terms_cost(problem, people, rules, edges, at, seat_of)
    state.swap(a, b)
    after = _terms_cost(problem, people, rules, edges, at, seat_of)
    state.swap(a, b)
    return after - before


def _terms_cost(
    problem: SeatingProblem,
    people: list[int],
    rules: set[int],
    edges: set[int],
    at: dict[int, int],
    seat_of: dict[int, int],
) -> float:
    cost = 0.0
    for pid in people:
        cost += problem.target_cost(pid, seat_of)
    for index in rules:
        cost += problem.pair_cost(index, seat_of)
    return cost + problem.edges_cost(edges, at)


def _replace(state: _State, seat: int, pid: int) -> int | None:
    """``pid`` (without a seat) takes ``seat``; whoever had it is left without one."""
    old = state.at.get(seat)
    if old is not None:
        del state.seat_of[old]
    state.at[seat] = pid
    state.seat_of[pid] = seat
    return old


def _replace_delta(state: _State, seat: int, pid: int) -> float:
    problem, at, seat_of = state.problem, state.at, state.seat_of
    old = at.get(seat)
    people = [pid] if old is None else [pid, old]
    rules = {index for person in people for index in problem.pairs_of.get(person, ())}
    edges = set(problem.edges_at.get(seat, ()))
    before = _terms_cost(problem, people, rules, edges, at, seat_of)
    _replace(state, seat, pid)
    after = _terms_cost(problem, people, rules, edges, at, seat_of)
    del seat_of[pid]
    if old is None:
        del at[seat]
    else:
        at[seat] = old
        seat_of[old] = seat
    return after - before - (W_UNSEATED if old is None else 0.0)


def _shift(state: _State, seats: list[int], step: int) -> None:
    """Everyone in ``seats`` moves ``step`` (±1) along them; the one at the end wraps round."""
    people = [state.at.pop(s, None) for s in seats]
    count = len(seats)
    for index, pid in enumerate(people):
        if pid is not None:
            seat = seats[(index + step) % count]
            state.at[seat] = pid
            state.seat_of[pid] = seat


def _shift_delta(state: _State, seats: list[int], step: int) -> float:
    problem = state.problem
    key = tuple(seats)
    before = problem.local_cost(key, state.at, state.seat_of)
    _shift(state, seats, step)
    after = problem.local_cost(key, state.at, state.seat_of)
    _shift(state, seats, -step)
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
