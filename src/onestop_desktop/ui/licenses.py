"""Third-party components shipped with OneStop and where their licence texts are found."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from ..domain.text import QT_TRANSLATE_NOOP
from ..resources import resource


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    notice: str  # translatable (context "Licenses")
    url: str
    distribution: str = ""  # Python distribution whose licence files are shown
    bundled_file: tuple[str, ...] = ()  # a licence file under resources/

    def licence_text(self) -> str:
        if self.bundled_file:
            path = resource(*self.bundled_file)
            try:
                return path.read_text("utf-8")
            except OSError:
                return ""
        return distribution_licence_text(self.distribution) if self.distribution else ""


def distribution_licence_text(name: str) -> str:
    """The licence files an installed distribution carries, joined; empty if there are none."""
    try:
        files = metadata.files(name) or []
    except metadata.PackageNotFoundError:
        return ""
    texts = []
    for file in files:
        stem = file.name.upper()
        if stem.startswith(("LICENSE", "LICENCE", "COPYING")) and "dist-info" in str(file):
            try:
                texts.append(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
    return "\n\n".join(texts)


COMPONENTS: tuple[Component, ...] = (
    Component(
        "Qt / Qt for Python (PySide6)", "GNU LGPL v3",
        QT_TRANSLATE_NOOP(
            "Licenses",
            "OneStop uses the Qt libraries and Qt for Python under the GNU Lesser General Public License "
            "version 3. They are used as separate, dynamically loaded libraries: you may replace them in "
            "this installation with a compatible version you built or modified yourself. The source code "
            "of Qt and Qt for Python is available from the Qt Project at https://download.qt.io."),
        "https://www.qt.io/licensing/open-source-lgpl-obligations", distribution="PySide6_Essentials"),
    Component(
        "NanumGothic", "SIL Open Font License 1.1",
        QT_TRANSLATE_NOOP(
            "Licenses",
            "The Korean font NanumGothic by NAVER Corporation is bundled so that Hangul displays on every "
            "computer. It is licensed under the SIL Open Font License 1.1; the full text follows."),
        "https://hangeul.naver.com/font", bundled_file=("fonts", "OFL.txt")),
    Component(
        "SQLCipher / sqlcipher3", "BSD-style",
        QT_TRANSLATE_NOOP("Licenses", "Encrypts the database. Copyright Zetetic LLC; BSD-style licence."),
        "https://www.zetetic.net/sqlcipher/license/", distribution="sqlcipher3"),
    Component(
        "argon2-cffi", "MIT",
        QT_TRANSLATE_NOOP("Licenses", "Derives keys from passphrases with Argon2id. MIT licence."),
        "https://github.com/hynek/argon2-cffi", distribution="argon2-cffi"),
    Component(
        "cryptography", "Apache-2.0 / BSD",
        QT_TRANSLATE_NOOP("Licenses", "Encryption and signatures (AES-GCM, X25519, Ed25519). Apache 2.0 or BSD "
                                      "licence, at your choice."),
        "https://github.com/pyca/cryptography", distribution="cryptography"),
    Component(
        "ReportLab", "BSD",
        QT_TRANSLATE_NOOP("Licenses", "Creates PDF documents. Copyright ReportLab Inc.; BSD licence."),
        "https://www.reportlab.com/", distribution="reportlab"),
    Component(
        "platformdirs", "MIT",
        QT_TRANSLATE_NOOP("Licenses", "Finds the usual data folder of each operating system. MIT licence."),
        "https://github.com/tox-dev/platformdirs", distribution="platformdirs"),
)
