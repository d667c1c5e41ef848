"""Cross-article joins through people.yaml (helper h_join38): a given name alone ('Bambang', the first
word of an earlier article's full name, which the machine listed as that person's other name) does not
join that person in a story that never writes the full name nor shows the entry's office: many people
share a given name. Where the story shows the office, the join stays. Articles invented for these
tests, in the shape of Indonesian news."""
from __future__ import annotations

from .extract_cases import extract_folder, sheet_speakers


_CHIEF = ("Polisi selidiki kebakaran gudang\n\n"
          "Kapolres Tanjungrejo AKBP Bambang Wiratmoko mengatakan, penyebab kebakaran masih diselidiki.\n"
          "\"Kami sudah memeriksa lima orang saksi,\" kata Bambang Wiratmoko di Tanjungrejo, Senin.\n"
          "\"Hasilnya akan kami umumkan pekan depan,\" kata Bambang.\n")
_FISHERMAN = ("Nelayan keluhkan harga solar\n\n"
              "\"Solar sekarang susah dicari dan harganya mahal,\" kata Bambang di dermaga, Selasa.\n"
              "Bambang menambahkan, ia sudah dua hari tidak melaut.\n")
_RAID = ("Razia kendaraan digelar jelang libur panjang\n\n"
         "Polres Tanjungrejo menggelar razia kendaraan di jalan lintas kota, Rabu.\n"
         "\"Razia ini untuk menekan angka kecelakaan selama libur panjang,\" kata Bambang di lokasi razia.\n")


def test_a_given_name_alone_does_not_join_a_stranger_listed_under_it(tmp_path):
    content = extract_folder(tmp_path, _CHIEF, _FISHERMAN, again=True)
    speakers = sheet_speakers(content, "nelayan-keluhkan-harga-solar.yaml")
    assert speakers and all(s[0] == "Bambang" and s[2] is None for s in speakers)


def test_a_given_name_joins_where_the_story_shows_the_entrys_office(tmp_path):
    content = extract_folder(tmp_path, _CHIEF, _RAID, again=True)
    speakers = sheet_speakers(content, "razia-kendaraan-digelar-jelang-libur-panjang.yaml")
    assert speakers and all(s[0] == "Bambang Wiratmoko" and s[2] == "ID" for s in speakers)


def test_a_given_name_the_officials_list_gives_the_entry_is_no_strangers():
    # ('Prabowo' alone is the listed official 'Prabowo Subianto': the join through it stays)
    from generator.extract.officials import listed_as

    assert listed_as("Prabowo Subianto", "Prabowo") and not listed_as("Prabowo Santoso", "Prabowo")


_SPOKESMAN = ("KPK periksa saksi kasus pengadaan alat\n\n"
              "Juru Bicara KPK Rendra Hadiprawiro mengatakan, tiga saksi diperiksa hari ini.\n"
              "\"Mereka diperiksa untuk tersangka SW,\" kata Rendra Hadiprawiro di Gedung KPK, Senin.\n"
              "\"Keterangan mereka kami butuhkan,\" kata Rendra.\n")
_KPK_AGAIN = ("KPK tahan tersangka suap jalan\n\n"
              "KPK menahan seorang tersangka suap proyek jalan, Kamis.\n"
              "\"Tersangka ditahan selama 20 hari ke depan,\" kata Rendra di Gedung KPK.\n")


def test_an_office_of_titles_only_is_shown_by_any_of_them(tmp_path):
    # ('Juru Bicara KPK': every word a title; a KPK story that calls him by his given name, without
    # writing 'juru bicara', still speaks of him)
    content = extract_folder(tmp_path, _SPOKESMAN, _KPK_AGAIN, again=True)
    speakers = sheet_speakers(content, "kpk-tahan-tersangka-suap-jalan.yaml")
    assert speakers and all(s[0] == "Rendra Hadiprawiro" and s[2] == "ID" for s in speakers)
