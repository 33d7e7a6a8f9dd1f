"""Third-party components shipped with OneStop and where their licence texts are found."""

from __future__ import annotations

import contextlib
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
        """The bundled licence file, then the licence files of the Python distribution (either may be absent)."""
        texts = []
        if self.bundled_file:
            with contextlib.suppress(OSError):
                texts.append(resource(*self.bundled_file).read_text("utf-8"))
        if self.distribution:
            texts.append(distribution_licence_text(self.distribution))
        return "\n\n".join(text for text in texts if text)


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
        "Qt / Qt for Python (PySide6)",
        "GNU LGPL v3",
        QT_TRANSLATE_NOOP(
            "Licenses",
            "OneStop uses the Qt libraries and Qt for Python under the GNU Lesser General Public License "
            "version 3. They are used as separate, dynamically loaded libraries: you may replace them in "
            "this installation with a compatible version you built or modified yourself. In the installed "
            "program folder they are the files in _internal/PySide6/Qt/lib (Qt) and _internal/PySide6 (Qt for "
            "Python); on Windows both are in _internal/PySide6. Replace them with builds of the same Qt "
            "version. The source code of Qt and Qt for Python is available from the Qt Project at "
            "https://download.qt.io. The licence text follows; the GNU GPL it refers to is in "
            "_internal/resources/licenses/GPL-3.0.txt.",
        ),
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
        bundled_file=("licenses", "LGPL-3.0.txt"),
    ),
    Component(
        "NanumGothic",
        "SIL Open Font License 1.1",
        QT_TRANSLATE_NOOP(
            "Licenses",
            "The Korean font NanumGothic by NAVER Corporation is bundled so that Hangul displays on every "
            "computer. It is licensed under the SIL Open Font License 1.1; the full text follows.",
        ),
        "https://hangeul.naver.com/font",
        bundled_file=("fonts", "OFL.txt"),
    ),
    Component(
        "SQLCipher / sqlcipher3",
        "BSD-style",
        QT_TRANSLATE_NOOP("Licenses", "Encrypts the database. Copyright Zetetic LLC; BSD-style licence."),
        "https://www.zetetic.net/sqlcipher/license/",
        distribution="sqlcipher3",
        bundled_file=("licenses", "SQLCipher.txt"),
    ),
    Component(
        "argon2-cffi",
        "MIT",
        QT_TRANSLATE_NOOP("Licenses", "Derives keys from passphrases with Argon2id. MIT licence."),
        "https://github.com/hynek/argon2-cffi",
        distribution="argon2-cffi",
    ),
    Component(
        "cryptography",
        "Apache-2.0 / BSD",
        QT_TRANSLATE_NOOP(
            "Licenses",
            "Encryption and signatures (AES-GCM, X25519, Ed25519). Apache 2.0 or BSD licence, at your choice.",
        ),
        "https://github.com/pyca/cryptography",
        distribution="cryptography",
    ),
    Component(
        "ReportLab",
        "BSD",
        QT_TRANSLATE_NOOP("Licenses", "Creates PDF documents. Copyright ReportLab Inc.; BSD licence."),
        "https://www.reportlab.com/",
        distribution="reportlab",
    ),
    Component(
        "platformdirs",
        "MIT",
        QT_TRANSLATE_NOOP("Licenses", "Finds the usual data folder of each operating system. MIT licence."),
        "https://github.com/tox-dev/platformdirs",
        distribution="platformdirs",
    ),
    Component(
        "openpyxl",
        "MIT",
        QT_TRANSLATE_NOOP("Licenses", "Reads .xlsx workbooks for the import. MIT licence."),
        "https://foss.heptapod.net/openpyxl/openpyxl",
        distribution="openpyxl",
    ),
    Component(
        "et_xmlfile",
        "MIT",
        QT_TRANSLATE_NOOP("Licenses", "XML support used by openpyxl. MIT licence."),
        "https://foss.heptapod.net/openpyxl/et_xmlfile",
        distribution="et_xmlfile",
    ),
    Component(
        "Pillow",
        "MIT-CMU",
        QT_TRANSLATE_NOOP("Licenses", "Image support used by ReportLab. MIT-CMU licence."),
        "https://python-pillow.github.io/",
        distribution="pillow",
    ),
    Component(
        "Python",
        "PSF License",
        QT_TRANSLATE_NOOP(
            "Licenses",
            "The installed program carries the Python interpreter and its standard "
            "library. Python Software Foundation License.",
        ),
        "https://www.python.org/",
        bundled_file=("licenses", "Python.txt"),
    ),
)
