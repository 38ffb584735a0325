"""The seating rules as costs: what auto seating minimises and what a hand-made plan is told.

One model serves both ``auto_seat`` and ``check``, so the violations shown beside a plan after a
manual drag are exactly the ones auto seating weighed. Every rule is a set of small terms, each
touching one person, one pair rule or two seats; a swap of two seats therefore changes only the
terms touching them, which is what keeps the improvement pass fast.

The **score** is minus the total penalty: 0 when every rule is kept, and each broken term takes
off its weight —

* the moderator (or chair) not at the head: 100;
* the host not at the head's right, the guest of honour not at the head's left: 50 each (the
  guest of honour is the one the user chose, else the first by precedence who does not
  preside, see :func:`guest_by_precedence`; or nobody, if the user says so);
* a keep-together pair not side by side, or a keep-apart pair side by side: 40;
* a participant with no seat: 30;
* alternating delegations: two members of one delegation side by side: 20 per pair of seats;
* facing delegations: two members of one delegation facing each other: 20 per pair; two
  members of different delegations side by side: 2 (so each delegation keeps to its side);
* precedence: along the seats in order from the head (head, right 1, left 1, right 2, …), each
  seat taken by someone of lower precedence than the person on the next seat, or left empty
  while the next is taken: 1. People placed by role (head, host, guest) are exempt, and so are
  delegates when delegations face each other: there each sits across from their counterpart
  of the same standing, which a single order from the head cannot express.

So one broken pair rule weighs more than a dozen steps out of precedence, and the head more than
anything else: when rules conflict, the heavier one wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from roundtable.domain.enums import Attendance, DelegationSeating, ParticipantRole
from roundtable.domain.names import full_name
from roundtable.domain.records import ParticipationRecord
from roundtable.domain.seating import SeatingPlanRecord
from roundtable.domain.seating_geometry import HeadSide, TableGeometry, plan_geometry
from roundtable.wording import tr

W_HEAD = 100.0
W_HOST = 50.0
W_GUEST = 50.0
W_PAIR = 40.0
W_UNSEATED = 30.0
W_DELEGATION = 20.0
W_COHESION = 2.0
W_PRECEDENCE = 1.0


@dataclass(frozen=True)
class SeatingRules:
    """Which rules apply. Every rule is on by default except the delegation rule."""

    head: bool = True  # moderator, else chair, at the head (else the host, with ``host_and_guest``)
    host_and_guest: bool = True  # host at the head's right, guest of honour at its left
    guest_of_honour_id: int | None = None  # None: highest precedence who is not host/chair/mod.
    no_guest_of_honour: bool = False  # nobody is: the head's left goes by precedence too
    delegations: DelegationSeating = DelegationSeating.NONE
    precedence: bool = True  # by precedence, alternating right and left of the head
    pairs: bool = True  # the plan's keep-together and keep-apart rules
    max_passes: int = 6  # of the improvement pass; bounds auto seating's time


@dataclass(frozen=True)
class Violation:
    """A rule a plan does not keep, in a sentence that names the people and seats."""

    kind: str  # head, host, guest, together, apart, unseated, delegation, cohesion, precedence,
    # declined, unknown, duplicate
    message: str
    seats: tuple[int, ...]
    participation_ids: tuple[int, ...]
    penalty: float


@dataclass(frozen=True)
class GuestOfHonour:
    """Who was treated as the guest of honour, where they were to sit, and whether the user
    chose them or precedence did: a report names the guest even when the user never did, so
    they learn the rule and where to change it."""

    participation_id: int
    name: str
    seat: int
    where: str  # "right" or "left" (of the head), or "head"
    by_precedence: bool


PRESIDING = {ParticipantRole.HOST, ParticipantRole.MODERATOR, ParticipantRole.CHAIR}


def guest_by_precedence(participants: list[ParticipationRecord]) -> ParticipationRecord | None:
    """The guest of honour when nobody is chosen: the first by precedence who has not declined
    and does not preside (not a host, moderator or chair)."""
    ordered = sorted(enumerate(participants), key=lambda item: (item[1].precedence, item[0]))
    for _, person in ordered:
        if person.attendance is not Attendance.DECLINED and person.role not in PRESIDING:
            return person
    return None


@dataclass(frozen=True)
class _Target:
    seat: int
    kind: str  # "head", "host" or "guest"
    where: str  # "head", "right" or "left"
    weight: float


class SeatingProblem:
    """A plan, its participants and the rules, turned into terms that can be costed quickly."""

    def __init__(
        self,
        plan: SeatingPlanRecord,
        participants: list[ParticipationRecord],
        rules: SeatingRules,
    ) -> None:
        self.plan = plan
        self.rules = rules
        self.geometry: TableGeometry = plan_geometry(plan)
        self.everyone = {p.id: p for p in participants if p.id is not None}
        ordered = sorted(enumerate(participants), key=lambda item: (item[1].precedence, item[0]))
        self.people: dict[int, ParticipationRecord] = {}
        for _, person in ordered:
            if person.id is None:
                raise ValueError("Only saved participants (with an id) can be seated.")
            if person.attendance is not Attendance.DECLINED:
                self.people[person.id] = person
        self.rank = {pid: index for index, pid in enumerate(self.people)}
        self.delegation = {pid: p.delegation.strip() for pid, p in self.people.items()}
        self.locked = {s.number: s.participation_id for s in plan.seats if s.locked}
        labelled = {s.number for s in plan.seats if s.label.strip()}
        empty_locked = {n for n, pid in self.locked.items() if pid is None}
        self.chain = [
            s for s in self.geometry.precedence_order() if s not in labelled | empty_locked
        ]
        self.free = [s for s in self.chain if s not in self.locked]
        self.targets = self._targets()
        # precedence ranks of those the order applies to (people placed by role are exempt)
        self._ranked = {pid: rank for pid, rank in self.rank.items() if pid not in self.targets}
        self.pairs = self._pairs()
        self.pairs_of: dict[int, list[int]] = {}
        for index, (first, second, _) in enumerate(self.pairs):
            self.pairs_of.setdefault(first, []).append(index)
            self.pairs_of.setdefault(second, []).append(index)
        self.edges = self._edges()
        self.edges_at: dict[int, list[int]] = {}
        for index, (_, a, b) in enumerate(self.edges):
            self.edges_at.setdefault(a, []).append(index)
            self.edges_at.setdefault(b, []).append(index)

    # --- setting up ------------------------------------------------------------------------

    def _first_with(self, *roles: ParticipantRole) -> int | None:
        for role in roles:
            for pid, person in self.people.items():
                if person.role is role:
                    return pid
        return None

    def _targets(self) -> dict[int, _Target]:
        geometry, rules = self.geometry, self.rules
        head = geometry.head_seat
        right = self._nearest_open(HeadSide.RIGHT)
        left = self._nearest_open(HeadSide.LEFT)
        targets: dict[int, _Target] = {}
        chair = self._first_with(ParticipantRole.MODERATOR, ParticipantRole.CHAIR)
        if rules.head and chair is not None:
            targets[chair] = _Target(head, "head", "head", W_HEAD)
        if not rules.host_and_guest:
            return targets
        host = self._first_with(ParticipantRole.HOST)
        if host is not None and host in targets:
            host = None
        guest = self._guest_of_honour(exclude={*targets, host})
        spots: list[tuple[int | None, str]] = [(right, "right"), (left, "left")]
        if rules.head and chair is None:
            spots = [(head, "head"), (right, "right")]  # no moderator: the host presides
        for pid, kind, weight, (seat, where) in (
            (host, "host", W_HOST, spots[0]),
            (guest, "guest", W_GUEST, spots[1] if host is not None else spots[0]),
        ):
            if pid is not None and seat is not None:
                targets[pid] = _Target(seat, kind, where, weight)
        return targets

    def _nearest_open(self, side: HeadSide) -> int | None:
        """The seat nearest the head on ``side`` that anyone may take: a seat labelled for the
        press or kept empty is passed over, so the host or guest sits next along rather than
        break a rule nobody could keep."""
        open_seats = set(self.chain)
        for rank in range(1, len(self.geometry.seats) + 1):
            seat = self.geometry.seat_on(side, rank)
            if seat is None:
                return None
            if seat in open_seats:
                return seat
        return None

    def _guest_of_honour(self, exclude: set[int | None]) -> int | None:
        if self.rules.no_guest_of_honour:
            return None
        chosen = self.rules.guest_of_honour_id
        if chosen is not None:
            return chosen if chosen in self.people and chosen not in exclude else None
        for pid, person in self.people.items():
            if pid not in exclude and person.role not in PRESIDING:
                return pid
        return None

    def guest_of_honour(self) -> GuestOfHonour | None:
        """The guest of honour these rules seat, if any, and how they were chosen."""
        for pid, target in self.targets.items():
            if target.kind == "guest":
                chosen = self.rules.guest_of_honour_id == pid
                return GuestOfHonour(pid, self.name(pid), target.seat, target.where, not chosen)
        return None

    def _pairs(self) -> list[tuple[int, int, bool]]:
        if not self.rules.pairs:
            return []
        found = []
        for rule in self.plan.pair_rules:
            first, second = rule.first_participation_id, rule.second_participation_id
            if first in self.people and second in self.people and first != second:
                found.append((first, second, rule.together))
        return found

    def _edges(self) -> list[tuple[str, int, int]]:
        mode = self.rules.delegations
        edges: list[tuple[str, int, int]] = []
        if mode is not DelegationSeating.NONE:
            edges += [("beside", a, b) for a, b in self.geometry.neighbour_pairs()]
        if mode is DelegationSeating.FACING:
            edges += [("facing", a, b) for a, b in self.geometry.facing_pairs()]
        if self.rules.precedence:
            edges += [("order", a, b) for a, b in zip(self.chain, self.chain[1:], strict=False)]
        return edges

    # --- costs -----------------------------------------------------------------------------

    def target_cost(self, pid: int, seat_of: dict[int, int]) -> float:
        target = self.targets.get(pid)
        if target is None or seat_of.get(pid) == target.seat:
            return 0.0
        return target.weight

    def pair_cost(self, index: int, seat_of: dict[int, int]) -> float:
        first, second, together = self.pairs[index]
        a, b = seat_of.get(first), seat_of.get(second)
        beside = a is not None and b is not None and self.geometry.beside(a, b)
        return 0.0 if beside == together else W_PAIR

    def edge_cost(self, index: int, at: dict[int, int]) -> float:
        return self.edges_cost((index,), at)

    def edges_cost(self, indices: Iterable[int], at: dict[int, int]) -> float:
        """The cost of the seat terms ``indices`` (each counted as often as it is given).

        One loop with the terms' logic written out rather than a call per term: auto seating
        costs some hundred thousand terms per run, and a call each was most of its time.
        """
        edges, delegation, ranked = self.edges, self.delegation, self._ranked
        facing = self.rules.delegations is DelegationSeating.FACING
        same_costs = self.rules.delegations is DelegationSeating.ALTERNATE
        cost = 0.0
        for index in indices:
            kind, a, b = edges[index]
            first, second = at.get(a), at.get(b)
            if kind == "order":
                # precedence: people placed by role (or not seatable) are exempt, and so are
                # delegates when delegations face (counterparts mirror each other instead)
                if second is None:
                    continue
                later = ranked.get(second)
                if later is None or (
                    facing and (delegation[second] or (first is not None and delegation.get(first)))
                ):
                    continue
                if first is None:
                    cost += W_PRECEDENCE
                    continue
                earlier = ranked.get(first)
                if earlier is not None and earlier > later:
                    cost += W_PRECEDENCE
                continue
            if first is None or second is None:
                continue
            mine, theirs = delegation.get(first, ""), delegation.get(second, "")
            if not mine or not theirs:
                continue
            if kind == "facing" or same_costs:
                if mine == theirs:
                    cost += W_DELEGATION
            elif mine != theirs:
                cost += W_COHESION
        return cost

    def local_cost(
        self, seats: tuple[int, ...], at: dict[int, int], seat_of: dict[int, int]
    ) -> float:
        """The cost of every term touching ``seats`` or the people in them, each counted once."""
        people = [at[s] for s in seats if s in at]
        cost = sum(self.target_cost(pid, seat_of) for pid in people)
        rules = {index for pid in people for index in self.pairs_of.get(pid, ())}
        cost += sum(self.pair_cost(index, seat_of) for index in rules)
        edges = {index for s in seats for index in self.edges_at.get(s, ())}
        return cost + self.edges_cost(edges, at)

    def total_cost(self, at: dict[int, int], seat_of: dict[int, int]) -> float:
        cost = sum(self.target_cost(pid, seat_of) for pid in self.targets)
        cost += sum(self.pair_cost(index, seat_of) for index in range(len(self.pairs)))
        cost += self.edges_cost(range(len(self.edges)), at)
        return cost + W_UNSEATED * sum(1 for pid in self.people if pid not in seat_of)

    # --- words -----------------------------------------------------------------------------

    def name(self, pid: int) -> str:
        person = self.everyone.get(pid)
        return (
            full_name(person.person)
            if person is not None
            else tr("participant {id}").format(id=pid)
        )

    def violations(self, at: dict[int, int], seat_of: dict[int, int]) -> list[Violation]:
        """Every broken term as a sentence, in a fixed order: roles, pairs, seats, order."""
        found = [self._target_violation(pid, seat_of) for pid in self.targets]
        found += [self._pair_violation(i, seat_of) for i in range(len(self.pairs))]
        found += [self._edge_violation(i, at) for i in range(len(self.edges))]
        unseated = [pid for pid in self.people if pid not in seat_of]
        if unseated:
            found.append(self._unseated_violation(unseated))
        return [v for v in found if v is not None]

    def _target_violation(self, pid: int, seat_of: dict[int, int]) -> Violation | None:
        if not self.target_cost(pid, seat_of):
            return None
        target = self.targets[pid]
        chosen = self.rules.guest_of_honour_id == pid
        what = {
            "head": self.people[pid].role.label.lower(),
            "host": tr("host", "seating rule"),
            "guest": tr("guest of honour") if chosen else tr("guest of honour by precedence"),
        }
        message = _target_text(target.where, pid in seat_of).format(
            name=self.name(pid), role=what[target.kind], seat=target.seat, actual=seat_of.get(pid)
        )
        seats = (target.seat,) + ((seat_of[pid],) if pid in seat_of else ())
        return Violation(target.kind, message, seats, (pid,), target.weight)

    def _pair_violation(self, index: int, seat_of: dict[int, int]) -> Violation | None:
        if not self.pair_cost(index, seat_of):
            return None
        first, second, together = self.pairs[index]
        names = {"first": self.name(first), "second": self.name(second)}
        a, b = seat_of.get(first), seat_of.get(second)
        seats = tuple(s for s in (a, b) if s is not None)
        if together and a is not None and b is not None:
            message = tr(
                "{first} and {second} were to sit together but sit at seats {a} and {b}."
            ).format(a=a, b=b, **names)
        elif together:
            missing = self.name(first if a is None else second)
            message = tr(
                "{first} and {second} were to sit together but {missing} has no seat."
            ).format(missing=missing, **names)
        else:
            message = tr(
                "{first} and {second} were to sit apart but sit side by side at seats {a} and {b}."
            ).format(a=a, b=b, **names)
        kind = "together" if together else "apart"
        return Violation(kind, message, seats, (first, second), W_PAIR)

    def _edge_violation(self, index: int, at: dict[int, int]) -> Violation | None:
        cost = self.edge_cost(index, at)
        if not cost:
            return None
        kind, a, b = self.edges[index]
        first, second = at.get(a), at.get(b)
        if kind == "order" and first is None:
            assert second is not None
            message = tr(
                "Seat {a} is empty while seat {b}, further down the order, is taken."
            ).format(a=a, b=b)
            return Violation("precedence", message, (a, b), (second,), cost)
        assert first is not None and second is not None
        names = {"first": self.name(first), "second": self.name(second)}
        if kind == "order":
            message = tr(
                "{second} comes before {first} by precedence but sits further from the head "
                "(seat {b}, after seat {a})."
            ).format(a=a, b=b, **names)
            return Violation("precedence", message, (a, b), (first, second), cost)
        delegation = self.delegation[first]
        if kind == "facing":
            message = tr(
                "{first} and {second}, both of the {delegation}, face each other at seats {a} "
                "and {b}."
            ).format(delegation=delegation, a=a, b=b, **names)
        elif cost == W_DELEGATION:
            message = tr(
                "{first} and {second}, both of the {delegation}, sit side by side at seats {a} "
                "and {b}."
            ).format(delegation=delegation, a=a, b=b, **names)
        else:
            message = tr(
                "{first} and {second} sit side by side at seats {a} and {b} but are of "
                "different delegations ({delegation}, {other})."
            ).format(delegation=delegation, other=self.delegation[second], a=a, b=b, **names)
            return Violation("cohesion", message, (a, b), (first, second), cost)
        return Violation("delegation", message, (a, b), (first, second), cost)

    def _unseated_violation(self, unseated: list[int]) -> Violation:
        names = ", ".join(self.name(pid) for pid in unseated)
        seats = len(self.free) + len([s for s in self.locked.values() if s is not None])
        message = (
            tr("No seat for {names}: %n participants for {seats} seats.", "", len(self.people))
            if len(self.people) > seats
            else tr("No seat for {names}.")
        ).format(names=names, seats=seats)
        return Violation("unseated", message, (), tuple(unseated), W_UNSEATED * len(unseated))


def _target_text(where: str, seated: bool) -> str:
    """The sentence for someone not where a role puts them, with {name}, {role}, {seat} (where
    they should sit) and {actual} (where they sit): whole sentences, as languages order them."""
    if where == "head":
        if seated:
            return tr(
                "{name}, the {role}, is to sit at the head (seat {seat}) but sits at seat {actual}."
            )
        return tr("{name}, the {role}, is to sit at the head (seat {seat}) but has no seat.")
    if where == "right":
        if seated:
            return tr(
                "{name}, the {role}, is to sit at the head's right (seat {seat}) but sits at seat "
                "{actual}."
            )
        return tr(
            "{name}, the {role}, is to sit at the head's right (seat {seat}) but has no seat."
        )
    if seated:
        return tr(
            "{name}, the {role}, is to sit at the head's left (seat {seat}) but sits at seat "
            "{actual}."
        )
    return tr("{name}, the {role}, is to sit at the head's left (seat {seat}) but has no seat.")
