"""`onestop-admin access-export CASE_NUMBER --out FILE.pdf|FILE.zip`: the 열람 자료 (개인정보 보호법 제35조) of the
person whose case it is — every case of theirs and what the center holds — as a readable PDF or a zip with the
record as JSON and the kept files. Registered in the document register with its 출력 사유 and audited."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain.outputs import OutputKind
from ..services.access_export import DEFAULT_PURPOSE
from ..services.session import Session
from .commands import Context, output_file, with_session
from .exits import Exit

_TEXTS = {
    "done_pdf": (
        "열람 자료를 {path}에 저장했습니다({pages}쪽). 출력·복사 대장과 감사 기록에 남았습니다.",
        "Access record written to {path} ({pages} pages). Recorded in the document register and the audit trail.",
    ),
    "done_zip": (
        "열람 자료(JSON·첨부)를 {path}에 저장했습니다. 출력·복사 대장과 감사 기록에 남았습니다.",
        "Access record (JSON and attachments) written to {path}. Recorded in the document register and the audit "
        "trail.",
    ),
}


def _text(ctx: Context, key: str, **params: object) -> str:
    korean, english = _TEXTS[key]
    return (korean if ctx.texts.language == "ko" else english).format(**params)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    export = sub.add_parser(
        "access-export",
        help="everything the center holds about a case's client, for their access request (PDF or zip)",
        description="The 열람 자료 for a data subject's access request (개인정보 보호법 제35조): the person's details, "
        "every case of theirs with its sessions, services and plan, consents, referrals (what was sent to whom and "
        "when), requests, the document register and the access-log entries naming them. FILE.pdf is readable; "
        "FILE.zip holds access-record.json and the kept files (signed consent scans). Another person's data (a "
        "guardian's, the offender's) is left out with a note. Needs a counselor's or administrator's role.",
    )
    export.add_argument("case", metavar="CASE_NUMBER", help="the case number, e.g. D1-2026-00001")
    export.add_argument("--out", required=True, metavar="FILE.pdf|FILE.zip", help="where to write it (atomically)")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.add_argument("--purpose", metavar="TEXT", help=f"why it is made (출력 사유); default: {DEFAULT_PURPOSE}")
    export.set_defaults(handler=cmd_access_export)


def cmd_access_export(ctx: Context) -> int:
    target, kind = output_file(ctx, ctx.args.out, OutputKind.PDF, OutputKind.ZIP)
    purpose = ctx.args.purpose or DEFAULT_PURPOSE

    def body(session: Session) -> int:
        case_id = session.cases.case_id(ctx.args.case)
        pages = session.access_export.export(case_id, target, purpose, overwrite=ctx.args.force)
        key = "done_pdf" if kind is OutputKind.PDF else "done_zip"
        ctx.console.out(_text(ctx, key, path=target, pages=pages))
        return Exit.OK

    return with_session(ctx, body)
