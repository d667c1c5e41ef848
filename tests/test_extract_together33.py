"""A site built together (helper together43): many articles extracted into one content folder, whose
people.yaml grows with the people each article gives and is read back for the next. A person another
article listed is joined only where this article's own text fits:

- a surname written after a given name of the story's own that the entry's names do not hold ("Brian
  'Head' Welch" against an earlier article's 'Edgar Maddison Welch') is the story's person;
- a given name after an initial ('Sony' of 'R Sony Sulaksono Wibowo') is a given name, shared by many:
  the firm Sony is not him;
- a surname of an entry of nothing but a name (no office, no state) that the story writes inside
  another person's office ('Bolton boss Sam Allardyce', then 'play for Bolton') names a club there;
- an entry the machine wrote with nothing but a one-word name ('Muslim') makes no lone capitalised
  word a person ('sebagian umat Muslim menilai').

An editor's entry (one the machine never wrote) still joins everywhere. Articles invented for these
tests, in the shape of the news they stand for."""
from __future__ import annotations

from pathlib import Path

from generator.extract_command import run_extract

from .extract_cases import extract_folder, sheet_speakers


def _sheet(content: Path, stem: str) -> list[tuple]:
    """(speaker, role, country) of the quotes of the sheet made from article `stem`."""
    from generator.yamlio import load_plain

    for path in (content / "sheets").glob("*.yaml"):
        if load_plain(path)["article"]["file"] == f"{stem}.txt":
            return sheet_speakers(content, path.name)
    raise AssertionError(f"no sheet of {stem}")


def _content_with(tmp_path: Path, people: str, machine: bool) -> Path:
    """A content folder whose people.yaml is `people`: the machine's own output (its copy under
    .machine/, as an earlier run leaves it) or, without `machine`, an editor's."""
    content = tmp_path / "content"
    (content / ".machine").mkdir(parents=True)
    (content / "people.yaml").write_text(people, encoding="utf-8")
    if machine:
        (content / ".machine" / "people.yaml").write_text(people, encoding="utf-8")
    return content


def _extract(tmp_path: Path, content: Path, text: str) -> list[tuple]:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a1.txt").write_text(text, encoding="utf-8")
    assert run_extract([articles], content, jobs=1, progress=False) == 0
    return _sheet(content, "a1")


_GUNMAN = ("Man held over restaurant shooting\n\n"
           "A man fired a rifle inside a Washington restaurant on Sunday, police said.\n\n"
           "\"I just wanted to see for myself,\" Edgar Maddison Welch told the court on Monday.\n")
_GUITARIST = ("Rock group's guitarist quits\n\n"
              "The guitarist with a US rock band has quit the music business.\n\n"
              "Brian 'Head' Welch told a radio station that his bandmates respected his decision. "
              "\"I'm going to show it through my actions, how much I love my fans,\" added Welch.\n")
_BARE_WELCH = ("Restaurant gunman sentenced\n\n"
               "A court handed down its sentence on Thursday.\n\n"
               "\"I regret what I did,\" Welch told the judge.\n")


def test_a_surname_after_another_given_name_is_not_the_entrys(tmp_path):
    content = extract_folder(tmp_path, _GUNMAN, _GUITARIST)
    speakers = _sheet(content, "a2")
    assert speakers and all(s[0] != "Edgar Maddison Welch" for s in speakers)


def test_a_bare_surname_still_joins_the_entry(tmp_path):
    content = extract_folder(tmp_path, _GUNMAN, _BARE_WELCH)
    assert [s[0] for s in _sheet(content, "a2")] == ["Edgar Maddison Welch"]


_SONY_ENTRY = ("people:\n"
               "  - name: R Sony Sulaksono Wibowo\n"
               "    aliases: [Sony, Wibowo]\n"
               "    role: Pakar transportasi Institut Teknologi Bandung (ITB)\n")
_FIRM = ("Console launch delayed\n\n"
         "The handheld console will reach shops later than planned.\n\n"
         "Sony said it wanted to launch the console in Europe at roughly the same time as the US.\n")


def test_a_given_name_after_an_initial_is_no_strangers(tmp_path):
    content = _content_with(tmp_path, _SONY_ENTRY, machine=True)
    speakers = _extract(tmp_path, content, _FIRM)
    assert speakers and all(s[0] != "R Sony Sulaksono Wibowo" for s in speakers)


def test_an_editors_entry_still_joins_the_given_name(tmp_path):
    content = _content_with(tmp_path, _SONY_ENTRY, machine=False)
    speakers = _extract(tmp_path, content, _FIRM)
    assert speakers and all(s[0] == "R Sony Sulaksono Wibowo" for s in speakers)


_ENVOY = ("Envoy criticises decision\n\n"
          "WASHINGTON - The decision drew criticism on Monday.\n\n"
          "\"This is a mistake,\" said John R. Bolton.\n")
_CLUB = ("Bolton sign Candela\n\n"
         "Bolton boss Sam Allardyce has signed the defender on a short contract.\n\n"
         "\"He has an outstanding pedigree in the game,\" Allardyce said. The defender will play for "
         "Bolton until the summer, and Allardyce hopes he will ease Bolton's injury crisis.\n")


def test_a_word_of_anothers_office_is_not_an_officeless_entry(tmp_path):
    content = extract_folder(tmp_path, _ENVOY, _CLUB)
    speakers = _sheet(content, "a2")
    assert speakers and all(s[0] == "Sam Allardyce" and s[2] is None for s in speakers)


_EMPTY = "people:\n  - name: Muslim\n"
_UMAT = ("PSBB dinilai tidak adil\n\n"
         "Ketua Umum Pimpinan Pusat Muhammadiyah Haedar Nashir menilai penegakan PSBB belum tegas. "
         "Sebab, sebagian umat Muslim menilai pemerintah tidak berlaku adil.\n\n"
         "\"Sebagian umat Muslim menilai hal tersebut tidak adil,\" ujar Haedar.\n")


def test_an_empty_machine_entry_makes_no_lone_word_a_person(tmp_path):
    content = _content_with(tmp_path, _EMPTY, machine=True)
    speakers = _extract(tmp_path, content, _UMAT)
    assert speakers and all("Haedar" in s[0] for s in speakers)
