"""내 할 일's overdue referral replies, summarised: one row per agency that owes more than one reply (its count,
the oldest date, the referral numbers in the tooltip), and the acknowledged old ones left out but counted."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from .referrals import OverdueReply


@dataclass(frozen=True)
class ReplyGroup:
    """The overdue replies one agency owes (two or more), oldest first."""

    agency_name: str
    replies: tuple[OverdueReply, ...]

    @property
    def reply_due(self) -> date:
        return self.replies[0].reply_due

    @property
    def oldest(self) -> OverdueReply:
        return self.replies[0]


@dataclass(frozen=True)
class ReplySummary:
    rows: tuple[OverdueReply | ReplyGroup, ...]  # oldest first
    shown: int  # replies in the rows
    acknowledged: int  # old replies acknowledged: counted, not listed


def summarise(replies: list[OverdueReply], acknowledged_until: date | None = None) -> ReplySummary:
    kept = [r for r in replies if acknowledged_until is None or r.reply_due > acknowledged_until]
    by_agency: dict[str, list[OverdueReply]] = defaultdict(list)
    for reply in sorted(kept, key=lambda r: (r.reply_due, r.number)):
        by_agency[reply.agency_name].append(reply)
    rows: list[OverdueReply | ReplyGroup] = [
        ReplyGroup(agency, tuple(owed)) if len(owed) > 1 else owed[0] for agency, owed in by_agency.items()
    ]
    rows.sort(key=lambda row: row.reply_due)
    return ReplySummary(tuple(rows), len(kept), len(replies) - len(kept))
