"""`onestop-admin takedown …`: the 삭제 지원 items of digital sex-crime cases, by case number.

Addresses are printed masked (`https://host/…`) unless `--show-urls` is given, and showing them is audited.
Nothing this module prints on stderr ever quotes an address.
"""

from __future__ import annotations

import argparse
from typing import Any, Final

from ..domain.casework import FieldProblem
from ..domain.errors import ErrorCode, OneStopError
from ..domain.outputs import OutputKind
from ..domain.takedown import (
    FOUND_BY_KO,
    FOUND_BY_LABELS,
    ITEM_KIND_KO,
    ITEM_KIND_LABELS,
    ITEM_STATUS_KO,
    ITEM_STATUS_LABELS,
    FoundBy,
    ItemForm,
    ItemKind,
    ItemStatus,
    parse_choice,
)
from ..services.session import Session
from .commands import Context, output_file, with_session
from .exits import Exit
from .io import UsageError
from .messages import Texts

# Texts only this command group prints: (Korean, English).
_TEXTS: Final[dict[str, tuple[str, str]]] = {
    "added": ("사건 {case}에 삭제 지원 항목을 추가했습니다({kind}).", "Added a takedown item ({kind}) to case {case}."),
    "exported": (
        "사건 {case}의 삭제지원 목록({count}건)을 {path}에 저장했습니다. 출력·복사 대장과 감사 기록에 남았습니다.",
        "The takedown list of case {case} ({count} items) was written to {path}. Recorded in the document "
        "register and the audit trail.",
    ),
}


def _text(texts: Texts, key: str, **params: object) -> str:
    korean, english = _TEXTS[key]
    return (korean if texts.language == "ko" else english).format(**params)


def _kind(text: str) -> ItemKind:
    kind = parse_choice(text, ITEM_KIND_KO, ITEM_KIND_LABELS)
    if kind is None:
        raise argparse.ArgumentTypeError("unknown kind (영상 | 사진 | 게시글 | 딥페이크 | 협박 메시지)")
    return kind


def _status(text: str) -> ItemStatus:
    status = parse_choice(text, ITEM_STATUS_KO, ITEM_STATUS_LABELS)
    if status is None:
        raise argparse.ArgumentTypeError("unknown status (발견 | 요청 | 삭제 확인 | 거부 | 재유포)")
    return status


def _found_by(text: str) -> FoundBy:
    found_by = parse_choice(text, FOUND_BY_KO, FOUND_BY_LABELS)
    if found_by is None:
        raise argparse.ArgumentTypeError("unknown finder (내담자 | 상담원 | 기관)")
    return found_by


def register(sub: argparse._SubParsersAction[Any]) -> None:
    takedown = sub.add_parser(
        "takedown",
        help="삭제 지원: items found online for digital sex-crime cases (addresses masked unless asked)",
    )
    action = takedown.add_subparsers(dest="takedown_command", metavar="ACTION", required=True)
    add = action.add_parser("add", help="record an item found online for a case")
    add.add_argument("case", metavar="CASE_NUMBER")
    add.add_argument("--platform", required=True, metavar="P", help="the site or service")
    add.add_argument("--url", default="", metavar="URL", help="its address (http:// or https://)")
    add.add_argument("--description", default="", metavar="TEXT", help="where it is, when it has no address")
    kinds = "영상 | 사진 | 게시글 | 딥페이크 | 협박 메시지"
    add.add_argument("--kind", required=True, type=_kind, metavar="K", help=kinds)
    add.add_argument("--found", required=True, metavar="YYYY-MM-DD", help="the day it was found")
    finders = "내담자 | 상담원 | 기관 (default: 상담원)"
    add.add_argument("--found-by", type=_found_by, default=FoundBy.COUNSELOR, metavar="WHO", help=finders)
    listing = action.add_parser(
        "list",
        help="one line per item: CASE_NUMBER<TAB>FOUND<TAB>STATUS<TAB>KIND<TAB>PLATFORM<TAB>ADDRESS",
        description="The items of one case, or of every case in your scope. Addresses are masked unless "
        "--show-urls is given; showing them is recorded in the audit trail (without the addresses).",
    )
    listing.add_argument("case", nargs="?", metavar="CASE_NUMBER")
    listing.add_argument("--status", type=_status, metavar="S", help="발견 | 요청 | 삭제 확인 | 거부 | 재유포")
    listing.add_argument("--show-urls", action="store_true", help="print the full addresses (audited)")
    out = action.add_parser("export", help="the case's item list as .xlsx for the removal-support agency")
    out.add_argument("case", metavar="CASE_NUMBER")
    out.add_argument("--out", required=True, metavar="FILE.xlsx")
    out.add_argument("--purpose", metavar="TEXT", help="why it is produced (출력 사유); default: 삭제지원 요청")
    out.add_argument("--force", action="store_true", help="replace FILE if it exists")
    takedown.set_defaults(handler=cmd_takedown)


def cmd_takedown(ctx: Context) -> int:
    handlers = {"add": _add, "list": _list, "export": _export}
    handler = handlers.get(ctx.args.takedown_command)
    if handler is None:  # argparse allows only the actions registered above
        raise UsageError(f"onestop-admin takedown: unknown action {ctx.args.takedown_command}")
    return handler(ctx)


def _one_line(text: str) -> str:
    """A cell of a tab-separated line: typed text never breaks the line or the columns."""
    return " ".join(text.replace("\t", " ").split())


def _add(ctx: Context) -> int:
    args = ctx.args
    form = ItemForm(args.platform, args.url, args.description, args.kind, args.found, args.found_by)

    def body(session: Session) -> int:
        case_id = session.cases.case_id(args.case)
        try:
            session.takedown.add_item(case_id, form)
        except OneStopError as err:
            if err.code is not ErrorCode.INVALID_INPUT:
                raise
            raise UsageError(_problems(ctx.texts, err)) from None
        kind = ctx.texts.catalogue.translate("Taxonomy", ITEM_KIND_LABELS[args.kind])
        ctx.console.out(_text(ctx.texts, "added", case=args.case.strip(), kind=kind))
        return Exit.OK

    return with_session(ctx, body)


def _problems(texts: Texts, err: OneStopError) -> str:
    """What was wrong, on one line, option by option (the messages never quote what was typed)."""
    problems: list[FieldProblem] = list(err.params.get("problems", ()))
    options = {"found_on": "--found", "url": "--url", "platform": "--platform", "description": "--description"}
    return "; ".join(f"{options.get(p.field, p.field)}: {texts.validation(p.message, p.params)}" for p in problems)


def _list(ctx: Context) -> int:
    args, catalogue = ctx.args, ctx.texts.catalogue

    def body(session: Session) -> int:
        case_id = session.cases.case_id(args.case) if args.case else None
        for case in session.takedown.items(case_id, args.status, show_urls=args.show_urls):
            for item in case.items:
                cells = (
                    case.case_number,
                    item.found_on.isoformat(),
                    catalogue.translate("Taxonomy", ITEM_STATUS_LABELS[item.status]),
                    catalogue.translate("Taxonomy", ITEM_KIND_LABELS[item.kind]),
                    item.platform,
                    item.where(show_url=args.show_urls),
                )
                ctx.console.out("\t".join(_one_line(c) for c in cells))
        return Exit.OK

    return with_session(ctx, body)


def _export(ctx: Context) -> int:
    args = ctx.args
    target, _ = output_file(ctx, args.out, OutputKind.XLSX)
    purpose = args.purpose or "삭제지원 요청"

    def body(session: Session) -> int:
        case_id = session.cases.case_id(args.case)
        count = session.takedown_export.save(case_id, target, purpose, overwrite=args.force)
        ctx.console.out(_text(ctx.texts, "exported", case=args.case.strip(), count=count, path=target))
        return Exit.OK

    return with_session(ctx, body)
