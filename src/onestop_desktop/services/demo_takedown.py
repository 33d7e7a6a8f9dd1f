"""Demo 삭제 지원 items for digital sex-crime cases: a few items per case at `.invalid` addresses (never a real
site), some requested, removed, refused or re-uploaded, so the tab, its summary and the report have something
to show. A generator of its own keeps the rest of the demo data what it was."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain.takedown import Channel, FoundBy, ItemKind, ItemStatus, Recipient
from ..storage import repos
from ..storage.store import WriteTx

PLATFORMS = ("동영상 공유 사이트", "해외 성인 사이트", "익명 게시판", "SNS 계정")  # sites with addresses
CHAT = "메신저 오픈채팅"  # no address: described instead
HOSTS = ("video.example.invalid", "adult.example.invalid", "board.example.invalid", "sns.example.invalid")
RECIPIENTS = (Recipient.DSC_CENTER, Recipient.SEOUL_CENTER, Recipient.KCSC, Recipient.PLATFORM)


class DemoTakedown:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng, self.today = rng, today

    def _day(self, after: date, most: int) -> date:
        return min(self.today, after + timedelta(days=self.rng.randint(0, most)))

    def items(self, tx: WriteTx, case_id: str, intake: date) -> None:
        rng = self.rng
        ids: list[str] = []
        for _ in range(rng.randint(1, 4)):
            found = self._day(intake, 30)
            chat = rng.random() < 0.2
            item_id = repos.takedown.insert_item(
                tx,
                {
                    "case_id": case_id,
                    "platform": CHAT if chat else rng.choice(PLATFORMS),
                    "url": "" if chat else f"https://{rng.choice(HOSTS)}/v/{rng.randrange(16**8):08x}",
                    "description": "비공개 단체 대화방" if chat else "",
                    "kind": str(ItemKind.THREAT if chat else rng.choice(list(ItemKind)[:4])),
                    "found_on": found.isoformat(),
                    "found_by": str(rng.choice(list(FoundBy))),
                    "status": str(ItemStatus.FOUND),
                    "status_on": found.isoformat(),
                },
            )
            ids.append(item_id)
            if rng.random() < 0.8:
                asked = self._day(found, 7)
                repos.takedown.insert_request(
                    tx,
                    {
                        "item_id": item_id,
                        "recipient": str(rng.choice(RECIPIENTS)),
                        "requested_on": asked.isoformat(),
                        "channel": str(rng.choice(list(Channel)[:4])),
                        "note": "",
                        "by_user": tx.actor.user_id,
                    },
                )
                outcome = rng.choices((ItemStatus.REQUESTED, ItemStatus.REMOVED, ItemStatus.REFUSED), (3, 6, 1))[0]
                on = self._day(asked, 20) if outcome is not ItemStatus.REQUESTED else asked
                repos.takedown.update_item(tx, item_id, {"status": str(outcome), "status_on": on.isoformat()})
                if outcome is ItemStatus.REMOVED and rng.random() < 0.2:
                    again = self._day(on, 40)
                    repos.takedown.update_item(
                        tx, item_id, {"status": str(ItemStatus.REUPLOADED), "status_on": again.isoformat()}
                    )
                    repos.takedown.insert_item(
                        tx,
                        {
                            "case_id": case_id,
                            "platform": rng.choice(PLATFORMS),
                            "url": f"https://mirror.example.invalid/v/{rng.randrange(16**8):08x}",
                            "kind": str(ItemKind.VIDEO),
                            "found_on": again.isoformat(),
                            "found_by": str(FoundBy.AGENCY),
                            "status": str(ItemStatus.FOUND),
                            "status_on": again.isoformat(),
                            "original_item_id": item_id,
                        },
                    )
