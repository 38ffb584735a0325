"""Participant lists as the Moscow and Tokyo offices save them from Excel, for the import tests.

The files in ``tests/data`` are what Excel writes on a Russian or a Japanese Windows machine:

* ``ru_participants_cp1251.csv``: Windows-1251, ``;`` between cells (Russian Excel's list
  separator), CRLF, the headers Russian staff type ("Фамилия;Имя;Отчество;...").
* ``ja_participants_cp932.csv``: Shift_JIS as Windows writes it (cp932), ``,``, headers
  "姓,名,所属,役職,メールアドレス,電話番号,国".
* ``ja_full_names_cp932.csv``: one "氏名" column (family name first, with a space, a
  full-width space, or, once, none) and its reading, "フリガナ".

Their content is the tables below, byte for byte (``write_files`` made them; a test checks they
still are), so a test can compare every imported field with what the file says. The people are
fictional; the organisations are real places such people work.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

RUSSIAN_FILE = DATA / "ru_participants_cp1251.csv"
JAPANESE_FILE = DATA / "ja_participants_cp932.csv"
JAPANESE_FULL_NAMES_FILE = DATA / "ja_full_names_cp932.csv"

RUSSIAN_HEADER = (
    "Фамилия", "Имя", "Отчество", "Организация", "Должность", "Эл. почта", "Телефон", "Страна",
)  # fmt: skip
RUSSIAN = [
    ("Соколова", "Анна", "Сергеевна", "ИМЭМО РАН", "Старший научный сотрудник",
     "a.sokolova@example.ru", "+7 495 120-45-01", "Россия"),
    ("Кузнецов", "Дмитрий", "Александрович", "МГИМО МИД России", "Профессор",
     "d.kuznetsov@example.ru", "+7 495 120-45-02", "Россия"),
    ("Попова", "Елена", "Викторовна", "Институт Дальнего Востока РАН",
     "Ведущий научный сотрудник", "e.popova@example.ru", "+7 495 120-45-03", "Россия"),
    ("Лебедев", "Игорь", "Николаевич", "Российский совет по международным делам",
     "Программный директор", "i.lebedev@example.ru", "+7 495 120-45-04", "Россия"),
    ("Новикова", "Мария", "Андреевна", 'НИУ "Высшая школа экономики"', "Доцент",
     "m.novikova@example.ru", "+7 495 120-45-05", "Россия"),
    ("Морозов", "Алексей", "Петрович", "Дальневосточный федеральный университет",
     "Директор центра", "a.morozov@example.ru", "+7 423 265-24-06", "Россия"),
    ("Волкова", "Ольга", "Игоревна", "ИМЭМО РАН", "Научный сотрудник",
     "o.volkova@example.ru", "+7 495 120-45-07", "Россия"),
    ("Зайцев", "Сергей", "Владимирович", 'Клуб "Валдай"', "Эксперт",
     "s.zaitsev@example.ru", "+7 495 120-45-08", "Россия"),
    ("Павлова", "Татьяна", "Юрьевна", "МГУ имени М. В. Ломоносова", "Заведующая кафедрой",
     "t.pavlova@example.ru", "+7 495 120-45-09", "Россия"),
    ("Семёнов", "Пётр", "Ильич", "Институт востоковедения РАН", "Старший научный сотрудник",
     "p.semenov@example.ru", "+7 495 120-45-10", "Россия"),
    ("Фёдорова", "Наталья", "Олеговна", "Посольство России в Японии", "Первый секретарь",
     "n.fedorova@example.ru", "+81 3 3583-4224", "Россия"),
    ("Ким", "Виктор", "Чанхович", "Сахалинский государственный университет", "Профессор",
     "v.kim@example.ru", "+7 4242 45-23-12", "Россия"),
]  # fmt: skip

JAPANESE_HEADER = ("姓", "名", "所属", "役職", "メールアドレス", "電話番号", "国")
JAPANESE = [
    ("佐藤", "美咲", "東京大学", "教授", "m.sato@example.jp", "03-5841-0001", "日本"),
    ("鈴木", "健太", "慶應義塾大学", "准教授", "k.suzuki@example.jp", "03-5427-0002", "日本"),
    ("高橋", "陽子", "日本国際問題研究所", "研究員", "y.takahashi@example.jp", "03-3503-0003",
     "日本"),
    ("田中", "誠", "外務省欧州局ロシア課", "課長補佐", "m.tanaka@example.jp", "03-3580-0004",
     "日本"),
    ("伊藤", "翔太", "北海道大学スラブ・ユーラシア研究センター", "准教授", "s.ito@example.jp",
     "011-706-0005", "日本"),
    ("渡辺", "さくら", "早稲田大学", "講師", "s.watanabe@example.jp", "03-3203-0006", "日本"),
    ("山本", "大輔", "笹川平和財団", "主任研究員", "d.yamamoto@example.jp", "03-5157-0007",
     "日本"),
    ("中村", "真由美", "九州大学", "教授", "m.nakamura@example.jp", "092-802-0008", "日本"),
    ("小林", "直樹", "防衛研究所", "主任研究官", "n.kobayashi@example.jp", "03-3260-0009",
     "日本"),
    ("加藤", "恵", "新潟県立大学", "教授", "m.kato@example.jp", "025-368-0010", "日本"),
    ("吉田", "隆之介", "在ロシア日本国大使館", "参事官", "r.yoshida@example.jp",
     "+7 495 229-2550", "日本"),
    ("長谷川", "愛子", "日本経済新聞社", "編集委員", "a.hasegawa@example.jp", "03-3270-0012",
     "日本"),
]  # fmt: skip

JAPANESE_FULL_NAMES_HEADER = (
    "氏名", "フリガナ", "所属", "役職", "メールアドレス", "電話番号", "国",
)  # fmt: skip
JAPANESE_FULL_NAMES = [
    ("佐々木 健一", "ササキ ケンイチ", "東京大学", "教授", "k.sasaki@example.jp", "03-5841-0101",
     "日本"),
    ("松本\u3000由美", "マツモト\u3000ユミ", "京都大学", "准教授", "y.matsumoto@example.jp",
     "075-753-0102", "日本"),
    ("井上 拓也", "イノウエ タクヤ", "日本国際フォーラム", "研究員", "t.inoue@example.jp",
     "03-3584-0103", "日本"),
    ("木村\u3000花子", "キムラ\u3000ハナコ", "東北大学", "教授", "h.kimura@example.jp",
     "022-795-0104", "日本"),
    ("林 光", "ハヤシ ヒカル", "外務省", "事務官", "h.hayashi@example.jp", "03-3580-0105",
     "日本"),
    ("清水 亮介", "シミズ リョウスケ", "神戸大学", "講師", "r.shimizu@example.jp",
     "078-803-0106", "日本"),
    ("山口 千尋", "ヤマグチ チヒロ", "富山大学", "准教授", "c.yamaguchi@example.jp",
     "076-445-0107", "日本"),
    ("森 健", "モリ ケン", "笹川平和財団", "特任研究員", "k.mori@example.jp", "03-5157-0108",
     "日本"),
    ("池田 彩", "イケダ アヤ", "上智大学", "教授", "a.ikeda@example.jp", "03-3238-0109", "日本"),
    ("橋本 達也", "ハシモト タツヤ", "北海道大学", "教授", "t.hashimoto@example.jp",
     "011-706-0110", "日本"),
    ("石川遼太郎", "イシカワ リョウタロウ", "防衛大学校", "講師", "r.ishikawa@example.jp",
     "046-841-0111", "日本"),
]  # fmt: skip


def csv_text(header, rows, delimiter: str = ",") -> str:
    """The list as Excel writes it: quoted only where needed, CRLF line ends."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    return buffer.getvalue()


RUSSIAN_TEXT = csv_text(RUSSIAN_HEADER, RUSSIAN, delimiter=";")
JAPANESE_TEXT = csv_text(JAPANESE_HEADER, JAPANESE)
JAPANESE_FULL_NAMES_TEXT = csv_text(JAPANESE_FULL_NAMES_HEADER, JAPANESE_FULL_NAMES)

FILES = {
    RUSSIAN_FILE: (RUSSIAN_TEXT, "cp1251"),
    JAPANESE_FILE: (JAPANESE_TEXT, "cp932"),
    JAPANESE_FULL_NAMES_FILE: (JAPANESE_FULL_NAMES_TEXT, "cp932"),
}


def write_files() -> None:
    """(Re)write the files in tests/data from the tables: ``python tests/local_lists.py``."""
    DATA.mkdir(exist_ok=True)
    for path, (text, encoding) in FILES.items():
        path.write_bytes(text.encode(encoding))


if __name__ == "__main__":
    write_files()
