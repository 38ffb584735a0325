<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>from {time}</source>
        <translation>с {time}</translation>
    </message>
    <message>
        <source>{text} is not one of: {choices}</source>
        <translation>{text} не входит в число допустимых значений: {choices}</translation>
    </message>
    <message>
        <source>University</source>
        <comment>organisation kind</comment>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Think tank</source>
        <comment>organisation kind</comment>
        <translation>Аналитический центр</translation>
    </message>
    <message>
        <source>Government</source>
        <comment>organisation kind</comment>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>International</source>
        <comment>organisation kind</comment>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Foundation</source>
        <comment>organisation kind</comment>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>organisation kind</comment>
        <translation>НКО</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>organisation kind</comment>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Media</source>
        <comment>organisation kind</comment>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>organisation kind</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Given first</source>
        <comment>name order</comment>
        <translation>Имя, затем фамилия</translation>
    </message>
    <message>
        <source>Family first</source>
        <comment>name order</comment>
        <translation>Фамилия, затем имя</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <comment>event kind</comment>
        <translation>Круглый стол</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>event kind</comment>
        <translation>Практический семинар</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <comment>event kind</comment>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Panel</source>
        <comment>event kind</comment>
        <translation>Панельная дискуссия</translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>event kind</comment>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Seminar</source>
        <comment>event kind</comment>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Briefing</source>
        <comment>event kind</comment>
        <translation>Брифинг</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>event kind</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>event status</comment>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>event status</comment>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>event status</comment>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>event status</comment>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>On the record</source>
        <comment>attribution rule</comment>
        <translation>Под запись</translation>
    </message>
    <message>
        <source>Chatham House Rule</source>
        <comment>attribution rule</comment>
        <translation>Правило Чатем-хауса</translation>
    </message>
    <message>
        <source>Off the record</source>
        <comment>attribution rule</comment>
        <translation>Не для записи</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Co-host</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>Соорганизатор</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>Спонсор</translation>
    </message>
    <message>
        <source>Venue</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>participant&apos;s role</comment>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Moderator</source>
        <comment>participant&apos;s role</comment>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Chair</source>
        <comment>participant&apos;s role</comment>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Opening speaker</source>
        <comment>participant&apos;s role</comment>
        <translation>Выступающий со вступительным словом</translation>
    </message>
    <message>
        <source>Participant / panelist</source>
        <comment>participant&apos;s role</comment>
        <translation>Участник / панелист</translation>
    </message>
    <message>
        <source>Discussant</source>
        <comment>participant&apos;s role</comment>
        <translation>Дискутант</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <comment>participant&apos;s role</comment>
        <translation>Член делегации</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <comment>participant&apos;s role</comment>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Observer</source>
        <comment>participant&apos;s role</comment>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>participant&apos;s role</comment>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>attendance</comment>
        <translation>Приглашён</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>attendance</comment>
        <translation>Подтвердил участие</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>attendance</comment>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>attendance</comment>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Flyer</source>
        <comment>attachment kind</comment>
        <translation>Флаер</translation>
    </message>
    <message>
        <source>Photo</source>
        <comment>attachment kind</comment>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>attachment kind</comment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Opening remarks</source>
        <comment>agenda item kind</comment>
        <translation>Вступительное слово</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>agenda item kind</comment>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Roundtable discussion</source>
        <comment>agenda item kind</comment>
        <translation>Дискуссия за круглым столом</translation>
    </message>
    <message>
        <source>Keynote</source>
        <comment>agenda item kind</comment>
        <translation>Основной доклад</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <comment>agenda item kind</comment>
        <translation>Вопросы и ответы (Q&amp;A)</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>agenda item kind</comment>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Lunch</source>
        <comment>agenda item kind</comment>
        <translation>Обед</translation>
    </message>
    <message>
        <source>Closing</source>
        <comment>agenda item kind</comment>
        <translation>Закрытие</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>agenda item kind</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Round</source>
        <comment>table shape</comment>
        <translation>Круглый</translation>
    </message>
    <message>
        <source>Rectangle, one side</source>
        <comment>table shape</comment>
        <translation>Прямоугольный, места с одной стороны</translation>
    </message>
    <message>
        <source>Rectangle, both sides</source>
        <comment>table shape</comment>
        <translation>Прямоугольный, места с двух сторон</translation>
    </message>
    <message>
        <source>Boardroom (oval)</source>
        <comment>table shape</comment>
        <translation>Переговорный (овальный)</translation>
    </message>
    <message>
        <source>Hollow square</source>
        <comment>table shape</comment>
        <translation>Каре</translation>
    </message>
    <message>
        <source>U-shape</source>
        <comment>table shape</comment>
        <translation>П-образный</translation>
    </message>
    <message>
        <source>Classroom rows</source>
        <comment>table shape</comment>
        <translation>Класс (ряды столов)</translation>
    </message>
    <message>
        <source>No delegation rule</source>
        <comment>delegation seating</comment>
        <translation>Без правила для делегаций</translation>
    </message>
    <message>
        <source>Alternate: beside counterparts</source>
        <comment>delegation seating</comment>
        <translation>Чередование: рядом с визави</translation>
    </message>
    <message>
        <source>Facing each other (bilateral)</source>
        <comment>delegation seating</comment>
        <translation>Друг напротив друга (двусторонний формат)</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>log entry category</comment>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>log entry category</comment>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Action item</source>
        <comment>log entry category</comment>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Timing</source>
        <comment>log entry category</comment>
        <translation>Хронометраж</translation>
    </message>
    <message>
        <source>Logistics</source>
        <comment>log entry category</comment>
        <translation>Логистика</translation>
    </message>
    <message>
        <source>Incident</source>
        <comment>log entry category</comment>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>None</source>
        <comment>what a timing entry times</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>what a timing entry times</comment>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>what a timing entry times</comment>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>part of an event</comment>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Participants</source>
        <comment>part of an event</comment>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Agenda</source>
        <comment>part of an event</comment>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Seating</source>
        <comment>part of an event</comment>
        <translation>Рассадка</translation>
    </message>
    <message>
        <source>a number far too large</source>
        <translation>слишком большое число</translation>
    </message>
    <message>
        <source>a number far too small</source>
        <translation>слишком маленькое число</translation>
    </message>
    <message>
        <source>holds a character that is not valid Unicode (a lone surrogate)</source>
        <translation>содержит недопустимый символ Юникода (одиночный суррогат)</translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <translation>содержит символ NUL</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <source>must be between {low} and {high} minutes, not {value}</source>
        <translation>вне допустимого диапазона от {low} до {high} минут (указано {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}, not {value}</source>
        <translation>вне допустимого диапазона от {low} до {high} {unit} (указано {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>вне допустимого диапазона от {low} до {high} (указано {value})</translation>
    </message>
    <message>
        <source>is in the year {year}; dates run from {first} to {last}</source>
        <translation>приходится на {year} год; допустимы даты с {first} по {last} год</translation>
    </message>
    <message>
        <source>a log entry needs a time</source>
        <translation>у записи журнала должно быть время</translation>
    </message>
    <message>
        <source>a log entry cannot end before it starts</source>
        <translation>запись журнала не может заканчиваться раньше, чем начинается</translation>
    </message>
    <message>
        <source>a timed entry needs its end time</source>
        <translation>для записи с хронометражем нужно время окончания</translation>
    </message>
    <message>
        <source>a log entry names the same person twice</source>
        <translation>в записи журнала один и тот же человек указан дважды</translation>
    </message>
    <message>
        <source>Round table, {across} m across</source>
        <translation>Круглый стол, диаметр {across} м</translation>
    </message>
    <message>
        <source>Oval table {length} × {width} m</source>
        <translation>Овальный стол {length} × {width} м</translation>
    </message>
    <message>
        <source>Hollow square {width} × {length} m, tables {depth} m deep</source>
        <translation>Каре {width} × {length} м, глубина столов {depth} м</translation>
    </message>
    <message>
        <source>U-shape {width} × {length} m, tables {depth} m deep</source>
        <translation>П-образный стол {width} × {length} м, глубина столов {depth} м</translation>
    </message>
    <message>
        <source>Desks {length} × {depth} m, rows {pitch} m apart</source>
        <translation>Столы {length} × {depth} м, расстояние между рядами {pitch} м</translation>
    </message>
    <message>
        <source>Table {length} × {width} m</source>
        <translation>Стол {length} × {width} м</translation>
    </message>
    <message>
        <source>A seating plan needs at least one seat.</source>
        <translation>В плане рассадки должно быть хотя бы одно место.</translation>
    </message>
    <message>
        <source>A seating plan can have at most {most} seats, not {seats}.</source>
        <translation>В плане рассадки может быть не больше {most} мест, а указано {seats}.</translation>
    </message>
    <message>
        <source>Seats per side must be at least 1, not {per_side}.</source>
        <translation>Число мест на каждой стороне должно быть не меньше 1, а указано {per_side}.</translation>
    </message>
    <message>
        <source>The head seat must be one of seats 1 to {seats}, not {head_seat}.</source>
        <translation>Номер места во главе стола должен быть от 1 до {seats}, а указано {head_seat}.</translation>
    </message>
    <message>
        <source>A table with seats on one side only has all {seats} of its seats on that side, not {per_side}.</source>
        <translation>Если места только с одной стороны стола, число мест на этой стороне должно быть равно общему числу мест ({seats}), а указано {per_side}.</translation>
    </message>
    <message>
        <source>A rectangle with {per_side} seats on each long side has {total} seats, not {seats}.</source>
        <translation>У прямоугольного стола с числом мест {per_side} на каждой длинной стороне общее число мест должно быть {total}, а указано {seats}.</translation>
    </message>
    <message>
        <source>A boardroom table needs at least 3 seats, not {seats}.</source>
        <translation>У овального стола должно быть не меньше 3 мест, а указано {seats}.</translation>
    </message>
    <message>
        <source>A boardroom table with {side} seats on each long side seats {odd} or {even} (one at each end), not {seats}.</source>
        <translation>У овального стола с числом мест {side} на каждой длинной стороне общее число мест должно быть {odd} или {even} (по месту в торцах), а указано {seats}.</translation>
    </message>
    <message>
        <source>A hollow square needs at least 4 seats, one on each side, not {seats}.</source>
        <translation>У каре должно быть не меньше 4 мест, по одному на каждой стороне, а указано {seats}.</translation>
    </message>
    <message>
        <source>A hollow square with {per_side} seats on each side has {total} seats, not {seats}.</source>
        <translation>У каре с числом мест {per_side} на каждой стороне общее число мест должно быть {total}, а указано {seats}.</translation>
    </message>
    <message>
        <source>A U-shape needs at least 3 seats, one on each side, not {seats}.</source>
        <translation>У П-образного стола должно быть не меньше 3 мест, по одному на каждой стороне, а указано {seats}.</translation>
    </message>
    <message>
        <source>A U-shape with {per_side} seats on each of its three sides has {total} seats, not {seats}.</source>
        <translation>У П-образного стола с числом мест {per_side} на каждой из трёх сторон общее число мест должно быть {total}, а указано {seats}.</translation>
    </message>
    <message>
        <source>A classroom needs at least one row, not {rows}.</source>
        <translation>В расстановке «класс» должен быть хотя бы один ряд, а указано {rows}.</translation>
    </message>
    <message>
        <source>{seats} seats cannot fill {rows} rows; use at most {seats} rows.</source>
        <translation>Число рядов ({rows}) больше числа мест ({seats}); рядов может быть не больше {seats}.</translation>
    </message>
    <message>
        <source>{rows} rows of {per_row} seats hold {fewest} to {most} seats, not {seats}.</source>
        <translation>При числе рядов {rows} и числе мест в ряду {per_row} общее число мест должно быть от {fewest} до {most}, а указано {seats}.</translation>
    </message>
    <message>
        <source>slug</source>
        <comment>field</comment>
        <translation>краткое имя</translation>
    </message>
    <message>
        <source>title</source>
        <comment>field</comment>
        <translation>название</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>field</comment>
        <translation>подзаголовок</translation>
    </message>
    <message>
        <source>short title</source>
        <comment>field</comment>
        <translation>краткое название</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>field</comment>
        <translation>программа</translation>
    </message>
    <message>
        <source>description</source>
        <comment>field</comment>
        <translation>описание</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>field</comment>
        <translation>резюме</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>field</comment>
        <translation>заметки</translation>
    </message>
    <message>
        <source>timezone</source>
        <comment>field</comment>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>honorific</source>
        <comment>field</comment>
        <translation>обращение</translation>
    </message>
    <message>
        <source>given name</source>
        <comment>field</comment>
        <translation>имя</translation>
    </message>
    <message>
        <source>family name</source>
        <comment>field</comment>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>patronymic</source>
        <comment>field</comment>
        <translation>отчество</translation>
    </message>
    <message>
        <source>native name</source>
        <comment>field</comment>
        <translation>имя в оригинальном написании</translation>
    </message>
    <message>
        <source>country</source>
        <comment>field</comment>
        <translation>страна</translation>
    </message>
    <message>
        <source>email</source>
        <comment>field</comment>
        <translation>адрес эл. почты</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>field</comment>
        <translation>телефон</translation>
    </message>
    <message>
        <source>website</source>
        <comment>field</comment>
        <translation>сайт</translation>
    </message>
    <message>
        <source>bio</source>
        <comment>field</comment>
        <translation>биография</translation>
    </message>
    <message>
        <source>pronunciation</source>
        <comment>field</comment>
        <translation>произношение</translation>
    </message>
    <message>
        <source>house rules</source>
        <comment>field</comment>
        <translation>правила мероприятия</translation>
    </message>
    <message>
        <source>RSVP line</source>
        <comment>field</comment>
        <translation>строка регистрации</translation>
    </message>
    <message>
        <source>name</source>
        <comment>field</comment>
        <translation>название</translation>
    </message>
    <message>
        <source>short name</source>
        <comment>field</comment>
        <translation>сокращённое название</translation>
    </message>
    <message>
        <source>filename</source>
        <comment>field</comment>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>mime type</source>
        <comment>field</comment>
        <translation>тип MIME</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>field</comment>
        <translation>подпись</translation>
    </message>
    <message>
        <source>room</source>
        <comment>field</comment>
        <translation>зал</translation>
    </message>
    <message>
        <source>street</source>
        <comment>field</comment>
        <translation>улица</translation>
    </message>
    <message>
        <source>city</source>
        <comment>field</comment>
        <translation>город</translation>
    </message>
    <message>
        <source>region</source>
        <comment>field</comment>
        <translation>регион</translation>
    </message>
    <message>
        <source>postcode</source>
        <comment>field</comment>
        <translation>почтовый индекс</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>{what} {problem}</source>
        <translation>{what} {problem}</translation>
    </message>
    <message>
        <source>the {field} of {owner}</source>
        <translation>{owner}: {field}</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>a position of {person}</source>
        <translation>{person}: должность</translation>
    </message>
    <message>
        <source>the photo of {person} is larger than 50 MB</source>
        <translation>{person}: фото больше 50 МБ</translation>
    </message>
    <message>
        <source>the photo crop of {person}</source>
        <translation>{person}: кадрирование фото</translation>
    </message>
    <message>
        <source>is not four fractions “x,y,w,h” inside the picture</source>
        <translation>не является набором из четырёх долей «x,y,w,h» в пределах изображения</translation>
    </message>
    <message>
        <source>the name on the card of {person}</source>
        <translation>{person}: имя на табличке</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>пункт программы</translation>
    </message>
    <message>
        <source>the title of an agenda item</source>
        <translation>название пункта программы</translation>
    </message>
    <message>
        <source>the room of “{item}”</source>
        <translation>зал пункта «{item}»</translation>
    </message>
    <message>
        <source>the description of “{item}”</source>
        <translation>описание пункта «{item}»</translation>
    </message>
    <message>
        <source>the duration of “{item}”</source>
        <translation>длительность пункта «{item}»</translation>
    </message>
    <message>
        <source>a speaking time in “{item}”</source>
        <translation>время выступления в пункте «{item}»</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <source>the venue&apos;s {field}</source>
        <translation>{field} места проведения</translation>
    </message>
    <message>
        <source>the event&apos;s start</source>
        <translation>начало мероприятия</translation>
    </message>
    <message>
        <source>the event&apos;s end</source>
        <translation>окончание мероприятия</translation>
    </message>
    <message>
        <source>the round number</source>
        <translation>номер раунда</translation>
    </message>
    <message>
        <source>the series</source>
        <translation>серия</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <source>the precedence of {person}</source>
        <translation>{person}: старшинство</translation>
    </message>
    <message>
        <source>the notes on {person}</source>
        <translation>{person}: заметки</translation>
    </message>
    <message>
        <source>a day of the programme</source>
        <translation>день программы</translation>
    </message>
    <message>
        <source>the title of the day {day}</source>
        <translation>название дня {day}</translation>
    </message>
    <message>
        <source>the notes of the day {day}</source>
        <translation>заметки ко дню {day}</translation>
    </message>
    <message>
        <source>the day {day} has {count} agenda items; a day holds at most {most}</source>
        <translation>на {day} приходится пунктов программы: {count}; в одном дне может быть не больше {most}</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>the attachment {file} is larger than 50 MB</source>
        <translation>вложение {file} больше 50 МБ</translation>
    </message>
    <message>
        <source>the event needs a title</source>
        <translation>не указано название мероприятия</translation>
    </message>
    <message>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>мероприятие заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <source>the event ends at {end}, not after it starts at {start}</source>
        <translation>время окончания мероприятия ({end}) должно быть позже времени начала ({start})</translation>
    </message>
    <message>
        <source>an end time needs a start time</source>
        <translation>время окончания нельзя указать без времени начала</translation>
    </message>
    <message>
        <source>unknown time zone {zone} (use a name like Europe/Moscow)</source>
        <translation>неизвестный часовой пояс {zone} (укажите название вида Europe/Moscow)</translation>
    </message>
    <message>
        <source>the short name {slug} may use only a-z, 0-9 and single hyphens</source>
        <translation>краткое имя {slug} может содержать только a-z, 0-9 и одиночные дефисы</translation>
    </message>
    <message>
        <source>a round number needs a series</source>
        <translation>для номера раунда нужно указать серию</translation>
    </message>
    <message>
        <source>round numbers start at 1</source>
        <translation>номера раундов начинаются с 1</translation>
    </message>
    <message>
        <source>the series needs a name</source>
        <translation>не указано название серии</translation>
    </message>
    <message>
        <source>every delegation needs a name</source>
        <translation>у каждой делегации должно быть название</translation>
    </message>
    <message>
        <source>two delegations have the same name</source>
        <translation>у двух делегаций одинаковое название</translation>
    </message>
    <message>
        <source>{given} {family} is listed twice</source>
        <translation>{given} {family} встречается в списке дважды</translation>
    </message>
    <message>
        <source>every organisation needs a name</source>
        <translation>у каждой организации должно быть название</translation>
    </message>
    <message>
        <source>the day {day} is outside the event&apos;s dates</source>
        <translation>день {day} не попадает в даты мероприятия</translation>
    </message>
    <message>
        <source>every attachment needs a file name</source>
        <translation>у каждого вложения должно быть имя файла</translation>
    </message>
    <message>
        <source>the attachment {file} has no content</source>
        <translation>вложение {file} не содержит данных</translation>
    </message>
    <message>
        <source>two seating plans have the same name</source>
        <translation>у двух планов рассадки одинаковое название</translation>
    </message>
    <message>
        <source>every seating plan needs a name</source>
        <translation>у каждого плана рассадки должно быть название</translation>
    </message>
    <message>
        <source>seating plan “{plan}” is for {day}, which is not a day of the event</source>
        <translation>план рассадки «{plan}» составлен на {day}, но это не день мероприятия</translation>
    </message>
    <message>
        <source>seating plan “{plan}” has seats 1 to {last}, not seat {seat}</source>
        <translation>в плане рассадки «{plan}» места с 1 по {last}, места {seat} в нём нет</translation>
    </message>
    <message>
        <source>seating plan “{plan}” lists seat {seat} twice</source>
        <translation>в плане рассадки «{plan}» место {seat} указано дважды</translation>
    </message>
    <message>
        <source>seating plan “{plan}” seats the same participant twice</source>
        <translation>в плане рассадки «{plan}» один и тот же участник занимает два места</translation>
    </message>
    <message>
        <source>a seating rule of “{plan}” needs two participants</source>
        <translation>в правиле рассадки плана «{plan}» должно быть два участника</translation>
    </message>
    <message>
        <source>a seating rule of “{plan}” pairs a participant with themselves</source>
        <translation>правило рассадки плана «{plan}» связывает участника с ним самим</translation>
    </message>
    <message>
        <source>the name of a seating plan</source>
        <translation>название плана рассадки</translation>
    </message>
    <message>
        <source>the notes of “{plan}”</source>
        <translation>заметки к плану «{plan}»</translation>
    </message>
    <message>
        <source>the day of “{plan}”</source>
        <translation>день плана «{plan}»</translation>
    </message>
    <message>
        <source>the seats of “{plan}”</source>
        <translation>число мест в плане «{plan}»</translation>
    </message>
    <message>
        <source>the head seat of “{plan}”</source>
        <translation>номер места во главе стола в плане «{plan}»</translation>
    </message>
    <message>
        <source>the seats per side of “{plan}”</source>
        <translation>число мест на каждой стороне в плане «{plan}»</translation>
    </message>
    <message>
        <source>the rows of “{plan}”</source>
        <translation>число рядов в плане «{plan}»</translation>
    </message>
    <message>
        <source>a seat number of “{plan}”</source>
        <translation>номер места в плане «{plan}»</translation>
    </message>
    <message>
        <source>a seat&apos;s name in “{plan}”</source>
        <translation>название места в плане «{plan}»</translation>
    </message>
    <message>
        <source>{path} {reason}. The newest good backup is {backup} ({about}); restore it with: roundtable --db {path} restore {backup}</source>
        <translation>Файл {path} {reason}. Последняя исправная резервная копия — {backup} ({about}); восстановить её можно командой: roundtable --db {path} restore {backup}</translation>
    </message>
    <message>
        <source>{path} {reason}. No good backup of it was found</source>
        <translation>Файл {path} {reason}. Исправной резервной копии этого файла не найдено</translation>
    </message>
    <message>
        <source>Save to a calendar file</source>
        <translation>Сохранить в файл календаря</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Файл календаря</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Длительность, мин</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Фикс. время</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} мин)</translation>
    </message>
    <message>
        <source>Anchored: starts at this clock time whatever comes before it</source>
        <translation>Фиксированное время: пункт начинается в это время независимо от предыдущих</translation>
    </message>
    <message>
        <source>Chair: {name}</source>
        <translation>Председатель: {name}</translation>
    </message>
    <message>
        <source>Timeline of the day</source>
        <translation>Шкала времени дня</translation>
    </message>
    <message>
        <source>No agenda items</source>
        <translation>Нет пунктов программы</translation>
    </message>
    <message>
        <source>{times} in the slot {slot}</source>
        <translation>{times} в интервале {slot}</translation>
    </message>
    <message>
        <source>No agenda items to show</source>
        <translation>Нет пунктов программы для отображения</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <source>No chair</source>
        <translation>Без председателя</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes in a spin box</comment>
        <translation> мин</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Speakers of “{title}”</source>
        <translation>Выступающие пункта «{title}»</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Speaking minutes</source>
        <translation>Время выступления, мин</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>Select an event to see its agenda.</source>
        <translation>Выберите мероприятие, чтобы увидеть его программу.</translation>
    </message>
    <message>
        <source>This event has no programme days yet.</source>
        <translation>У этого мероприятия пока нет дней программы.</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>Добавить &amp;день</translation>
    </message>
    <message>
        <source>Add the event&apos;s start date as a programme day</source>
        <translation>Добавить дату начала мероприятия как день программы</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>&amp;Интервал:</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Slot start</source>
        <translation>Начало интервала</translation>
    </message>
    <message>
        <source>Slot end</source>
        <translation>Конец интервала</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Пункты программы</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Добавить &amp;пункт</translation>
    </message>
    <message numerus="yes">
        <source>Add a %n-minute session</source>
        <translation>
            <numerusform>Добавить сессию на %n минуту</numerusform>
            <numerusform>Добавить сессию на %n минуты</numerusform>
            <numerusform>Добавить сессию на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected items</source>
        <translation>Удалить выбранные пункты</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Speakers…</source>
        <translation>&amp;Выступающие…</translation>
    </message>
    <message>
        <source>Speakers and chair of the selected item</source>
        <translation>Выступающие и председатель выбранного пункта</translation>
    </message>
    <message>
        <source>&amp;Fit to slot</source>
        <translation>Впи&amp;сать в интервал</translation>
    </message>
    <message>
        <source>Stretch or shrink the flexible items so the day ends at its slot end</source>
        <translation>Растянуть или сократить пункты с гибкой длительностью, чтобы день заканчивался в конце интервала</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>See the agenda&apos;s pages, then save them as a PDF or print them</source>
        <translation>Просмотреть страницы программы, а затем сохранить их в PDF или напечатать</translation>
    </message>
    <message>
        <source>Calen&amp;dar (.ics)…</source>
        <translation>&amp;Календарь (.ics)…</translation>
    </message>
    <message>
        <source>One calendar entry per agenda item</source>
        <translation>По одному событию календаря на каждый пункт программы</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Timing warnings</source>
        <translation>Предупреждения о хронометраже</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Хронометраж</translation>
    </message>
    <message>
        <source>Speaking time (whole event)</source>
        <translation>Время выступлений (всё мероприятие)</translation>
    </message>
    <message>
        <source>The day&apos;s timing is in order.</source>
        <translation>С хронометражем дня всё в порядке.</translation>
    </message>
    <message>
        <source>No speakers yet.</source>
        <translation>Выступающих пока нет.</translation>
    </message>
    <message>
        <source>{name}: {minutes} min</source>
        <translation>{name}: {minutes} мин</translation>
    </message>
    <message>
        <source>{name}: no set time</source>
        <translation>{name}: время не задано</translation>
    </message>
    <message>
        <source>Saved the calendar file {path}</source>
        <translation>Файл календаря сохранён: {path}</translation>
    </message>
    <message>
        <source>Remove “{title}” from the agenda? (Edit ▸ Undo brings it back.)</source>
        <translation>Удалить «{title}» из программы? (Вернуть можно командой Правка ▸ Отменить.)</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n items from the agenda? (Edit ▸ Undo brings it back.)</source>
        <translation>
            <numerusform>Удалить из программы %n пункт? (Вернуть можно командой Правка ▸ Отменить.)</numerusform>
            <numerusform>Удалить из программы %n пункта? (Вернуть их можно командой Правка ▸ Отменить.)</numerusform>
            <numerusform>Удалить из программы %n пунктов? (Вернуть их можно командой Правка ▸ Отменить.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the agenda</source>
        <translation>Удалить из программы</translation>
    </message>
    <message>
        <source>Fit to slot</source>
        <translation>Вписать в интервал</translation>
    </message>
    <message>
        <source>The day already fits its slot.</source>
        <translation>День уже вписывается в интервал.</translation>
    </message>
    <message>
        <source>Set speakers</source>
        <translation>Выбрать выступающих</translation>
    </message>
    <message>
        <source>Type the slot&apos;s times as HH:MM, e.g. 09:30.</source>
        <translation>Введите время интервала в формате ЧЧ:ММ, например 09:30.</translation>
    </message>
    <message>
        <source>Every date of the event already has a day in the programme.</source>
        <translation>Для каждой даты мероприятия в программе уже есть день.</translation>
    </message>
    <message>
        <source>{weekday}, not {typed_weekday}</source>
        <translation>{weekday}, а не {typed_weekday}</translation>
    </message>
    <message>
        <source>e.g. {date}</source>
        <translation>например, {date}</translation>
    </message>
    <message>
        <source>Type a date such as {date}, 14 April, 14/4/2027 or 2027-04-14; Up and Down move it by a day, Alt+Down opens a calendar</source>
        <translation>Введите дату, например {date}, 14 апреля, 14.04.2027 или 2027-04-14; стрелки вверх и вниз сдвигают её на день, Alt+Down открывает календарь</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Выбрать дату в календаре (Alt+Down)</translation>
    </message>
    <message>
        <source>{subject} is empty: type a date such as {example}</source>
        <translation>{subject} не указана: введите дату, например {example}</translation>
    </message>
    <message>
        <source>{subject} “{text}” is not a date: type it like {example}</source>
        <translation>{subject} «{text}» не распознаётся как дата: введите её в виде {example}</translation>
    </message>
    <message>
        <source>is empty: type a date such as {example}</source>
        <translation>не указана: введите дату, например {example}</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it like {example}</source>
        <translation>«{text}» не распознаётся как дата: введите её в виде {example}</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>не дата</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
    <message numerus="yes">
        <source>Type a time such as 14:30, 1430, 14 or 2:30 pm, or leave it empty for none; Up and Down change it by %n minutes</source>
        <translation>
            <numerusform>Введите время, например 14:30, 1430 или 14, либо оставьте поле пустым; стрелки вверх и вниз меняют его на %n минуту</numerusform>
            <numerusform>Введите время, например 14:30, 1430 или 14, либо оставьте поле пустым; стрелки вверх и вниз меняют его на %n минуты</numerusform>
            <numerusform>Введите время, например 14:30, 1430 или 14, либо оставьте поле пустым; стрелки вверх и вниз меняют его на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>{subject} “{text}” is not a time: type it like 14:30, or leave it empty</source>
        <translation>{subject} «{text}» не распознаётся как время: введите его в виде 14:30 или оставьте поле пустым</translation>
    </message>
    <message>
        <source>“{text}” is not a time: type it like 14:30, or leave it empty</source>
        <translation>«{text}» не распознаётся как время: введите его в виде 14:30 или оставьте поле пустым</translation>
    </message>
    <message>
        <source>{field}, date</source>
        <translation>{field}, дата</translation>
    </message>
    <message>
        <source>{field}, time of day</source>
        <translation>{field}, время</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The time is empty: type one such as 14:30</source>
        <translation>Время не указано: введите его, например 14:30</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <source>CSV, for any spreadsheet (*.csv)</source>
        <translation>CSV для любых электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>ничего не сохранено</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>изменения не внесены</translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation>ничего не удалено</translation>
    </message>
    <message>
        <source>nothing was moved</source>
        <translation>ничего не перемещено</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>ничего не импортировано</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>Изменение не внесено.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>e.g. Russian International Affairs Council</source>
        <translation>например, Российский совет по международным делам</translation>
    </message>
    <message>
        <source>e.g. RIAC</source>
        <translation>например, РСМД</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>The logo as printed on the flyer</source>
        <translation>Логотип, как он печатается на флаере</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Со&amp;кращённое название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>С&amp;айт:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>Укажите название организации.</translation>
    </message>
    <message>
        <source>An organisation called “{name}” already exists. Choose it from the list instead, so the two stay one.</source>
        <translation>Организация «{name}» уже существует. Выберите её из списка, чтобы не создавать дубликат.</translation>
    </message>
    <message>
        <source>Your &amp;name (written on log entries and changes):</source>
        <translation>Ваше &amp;имя (указывается в записях журнала и в изменениях):</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>Changes are recorded without a name; set yours in Edit ▸ Preferences…</source>
        <translation>Изменения записываются без имени; укажите своё в меню Правка ▸ Настройки…</translation>
    </message>
    <message>
        <source>Changes are recorded as “{name}”; change the name in Edit ▸ Preferences…</source>
        <translation>Изменения записываются от имени «{name}»; изменить имя можно в меню Правка ▸ Настройки…</translation>
    </message>
    <message>
        <source>Left empty, no name is used. The name is kept on this computer; entries already written keep the name they were written with.</source>
        <translation>Если оставить поле пустым, имя не используется. Имя хранится на этом компьютере; в уже сделанных записях остаётся имя, с которым они были сделаны.</translation>
    </message>
    <message>
        <source>Left empty, “{name}” (your account&apos;s full name on this computer) is used. The name is kept on this computer; entries already written keep the name they were written with.</source>
        <translation>Если оставить поле пустым, используется «{name}» (полное имя вашей учётной записи на этом компьютере). Имя хранится на этом компьютере; в уже сделанных записях остаётся имя, с которым они были сделаны.</translation>
    </message>
    <message>
        <source>Left empty, your login name, “{name}”, is used. The name is kept on this computer; entries already written keep the name they were written with.</source>
        <translation>Если оставить поле пустым, используется ваше имя для входа в систему — «{name}». Имя хранится на этом компьютере; в уже сделанных записях остаётся имя, с которым они были сделаны.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Log entries and the event&apos;s change history say who wrote them. What name should they carry? You can change it later in Edit ▸ Preferences.</source>
        <translation>В записях журнала и в истории изменений мероприятия указывается автор. Какое имя использовать? Его можно изменить позже в меню Правка ▸ Настройки.</translation>
    </message>
    <message>
        <source>e.g. Jane Organiser</source>
        <translation>например, Анна Иванова</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Использовать это имя</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The interface changes to the language chosen when Roundtable next starts.</source>
        <translation>Язык интерфейса изменится при следующем запуске Roundtable.</translation>
    </message>
    <message>
        <source>e.g. Europe/Moscow</source>
        <translation>например, Europe/Moscow</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Отмена: {action}</translation>
    </message>
    <message>
        <source>Event bundles</source>
        <translation>Пакеты мероприятий</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Import event bundle</source>
        <translation>Импортировать пакет мероприятия</translation>
    </message>
    <message>
        <source>Export event bundle</source>
        <translation>Экспортировать пакет мероприятия</translation>
    </message>
    <message>
        <source>This bundle contains “{title}”, which is already in the database.</source>
        <translation>Пакет содержит мероприятие «{title}», которое уже есть в базе данных.</translation>
    </message>
    <message>
        <source>Replace it with the version in the bundle, or import the bundle as a new copy next to it? Either can be undone.</source>
        <translation>Заменить его версией из пакета или импортировать пакет как новую копию рядом с ним? Любое из этих действий можно отменить.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Import as new copy</source>
        <translation>Импортировать как копию</translation>
    </message>
    <message>
        <source>a file to attach</source>
        <translation>файл для вложения</translation>
    </message>
    <message>
        <source>{file} is {size}; attachments can be at most {limit}</source>
        <translation>размер файла {file} — {size}; вложение может быть не больше {limit}</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>не удалось прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is larger than {limit}</source>
        <translation>файл {file} больше {limit}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>&amp;Add from file…</source>
        <translation>&amp;Добавить из файла…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Files are stored in the database with the event, so they travel with exported bundles. Double-click a caption to change it.</source>
        <translation>Файлы хранятся в базе данных вместе с мероприятием и поэтому входят в экспортируемые пакеты. Чтобы изменить подпись, дважды щёлкните по ней.</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Добавить вложения</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Добавить вложение</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>Не удалось сохранить {file}: {reason}</translation>
    </message>
    <message>
        <source>Edit event {title}</source>
        <translation>Изменение мероприятия {title}</translation>
    </message>
    <message>
        <source>Load example events</source>
        <translation>Загрузить примеры мероприятий</translation>
    </message>
    <message>
        <source>Example events</source>
        <translation>Примеры мероприятий</translation>
    </message>
    <message>
        <source>The example events are already in this database.</source>
        <translation>Примеры мероприятий уже есть в этой базе данных.</translation>
    </message>
    <message>
        <source>event bundle</source>
        <translation>пакет мероприятия</translation>
    </message>
    <message>
        <source>Import event {title}</source>
        <translation>Импорт мероприятия {title}</translation>
    </message>
    <message numerus="yes">
        <source>No programme days are made for an event of more than %n days; add them on its Agenda tab.</source>
        <translation>
            <numerusform>Для мероприятия продолжительностью более %n дня дни программы не создаются; добавьте их на вкладке «Программа».</numerusform>
            <numerusform>Для мероприятия продолжительностью более %n дней дни программы не создаются; добавьте их на вкладке «Программа».</numerusform>
            <numerusform>Для мероприятия продолжительностью более %n дней дни программы не создаются; добавьте их на вкладке «Программа».</numerusform>
        </translation>
    </message>
    <message>
        <source>The new event gets one programme day, {start}–{end}, ready for its agenda.</source>
        <translation>Для нового мероприятия будет создан один день программы ({start}–{end}), в который можно добавлять пункты.</translation>
    </message>
    <message>
        <source>The new event gets one programme day, from {start}, ready for its agenda.</source>
        <translation>Для нового мероприятия будет создан один день программы (с {start}), в который можно добавлять пункты.</translation>
    </message>
    <message>
        <source>The new event gets one programme day, ready for its agenda.</source>
        <translation>Для нового мероприятия будет создан один день программы, в который можно добавлять пункты.</translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, {start}–{end} each, ready for its agenda.</source>
        <translation>
            <numerusform>Для нового мероприятия будет создан %n день программы, по одному на каждую дату, каждый {start}–{end}. В них можно добавлять пункты.</numerusform>
            <numerusform>Для нового мероприятия будут созданы %n дня программы, по одному на каждую дату, каждый {start}–{end}. В них можно добавлять пункты.</numerusform>
            <numerusform>Для нового мероприятия будут созданы %n дней программы, по одному на каждую дату, каждый {start}–{end}. В них можно добавлять пункты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, from {start} on the first to {end} on the last, ready for its agenda.</source>
        <translation>
            <numerusform>Для нового мероприятия будет создан %n день программы, по одному на каждую дату: в первый день с {start}, в последний — до {end}. В них можно добавлять пункты.</numerusform>
            <numerusform>Для нового мероприятия будут созданы %n дня программы, по одному на каждую дату: в первый день с {start}, в последний — до {end}. В них можно добавлять пункты.</numerusform>
            <numerusform>Для нового мероприятия будут созданы %n дней программы, по одному на каждую дату: в первый день с {start}, в последний — до {end}. В них можно добавлять пункты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, the first from {start}, ready for its agenda.</source>
        <translation>
            <numerusform>Для нового мероприятия будет создан %n день программы, по одному на каждую дату, первый — с {start}. В них можно добавлять пункты.</numerusform>
            <numerusform>Для нового мероприятия будут созданы %n дня программы, по одному на каждую дату, первый — с {start}. В них можно добавлять пункты.</numerusform>
            <numerusform>Для нового мероприятия будут созданы %n дней программы, по одному на каждую дату, первый — с {start}. В них можно добавлять пункты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, ready for its agenda.</source>
        <translation>
            <numerusform>Для нового мероприятия будет создан %n день программы, по одному на каждую дату. В них можно добавлять пункты.</numerusform>
            <numerusform>Для нового мероприятия будут созданы %n дня программы, по одному на каждую дату. В них можно добавлять пункты.</numerusform>
            <numerusform>Для нового мероприятия будут созданы %n дней программы, по одному на каждую дату. В них можно добавлять пункты.</numerusform>
        </translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Edit event — {title}</source>
        <translation>Изменение мероприятия — {title}</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Date &amp;&amp; venue</source>
        <translation>&amp;Дата и место</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>Te&amp;xts</source>
        <translation>&amp;Тексты</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Создать мероприятие</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Required, e.g. Trilateral Dialogue on Northeast Asia</source>
        <translation>Обязательно, например «Трёхсторонний диалог по Северо-Восточной Азии»</translation>
    </message>
    <message>
        <source>For badges and tight spaces</source>
        <translation>Для бейджей и мест, где мало места</translation>
    </message>
    <message>
        <source>e.g. DC Policy Forum</source>
        <translation>например, DC Policy Forum</translation>
    </message>
    <message>
        <source>None — pick one or type a new name</source>
        <translation>Нет — выберите серию или введите новое название</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Раунд:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Подзаголовок:</translation>
    </message>
    <message>
        <source>Short tit&amp;le:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>&amp;Programme / forum:</source>
        <translation>Программа / &amp;форум:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>С&amp;ерия:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Краткое &amp;имя:</translation>
    </message>
    <message>
        <source>How the command line refers to this event. Leave it empty to have one made from the title.</source>
        <translation>Под этим именем мероприятие известно в командной строке. Оставьте поле пустым, чтобы имя было создано из названия.</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Улица, дом</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>New event from announcement</source>
        <translation>Новое мероприятие из анонса</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Прочитать</translation>
    </message>
    <message>
        <source>&amp;Create event</source>
        <translation>&amp;Создать мероприятие</translation>
    </message>
    <message>
        <source>Paste the announcement of an event (a web page, an e-mail, a flyer), or open it from a file. Nothing is saved before you have reviewed what was read.</source>
        <translation>Вставьте анонс мероприятия (веб-страницу, письмо, флаер) или откройте его из файла. Ничего не сохраняется, пока вы не проверите прочитанное.</translation>
    </message>
    <message>
        <source>Paste the announcement here</source>
        <translation>Вставьте анонс сюда</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Read the text of a .txt, .html, .eml, .docx or .pdf file</source>
        <translation>Прочитать текст из файла .txt, .html, .eml, .docx или .pdf</translation>
    </message>
    <message>
        <source>Open announcement</source>
        <translation>Открыть анонс</translation>
    </message>
    <message>
        <source>Announcements (*.txt *.html *.htm *.eml *.docx *.pdf);;All files (*)</source>
        <translation>Анонсы (*.txt *.html *.htm *.eml *.docx *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>People: nothing found</source>
        <translation>Люди: не найдено</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>В справочнике</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Не включать</translation>
    </message>
    <message>
        <source>Same as {name}?</source>
        <translation>Тот же человек, что и {name}?</translation>
    </message>
    <message>
        <source>{field} “{text}” is not a number</source>
        <translation>{field}: «{text}» — не число</translation>
    </message>
    <message>
        <source>{reason}

Nothing was saved.</source>
        <translation>{reason}

Ничего не сохранено.</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;в</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <source>e.g. Hotel Baltschug Kempinski</source>
        <translation>например, отель «Балчуг Кемпински»</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <source>e.g. Conference room B</source>
        <translation>например, конференц-зал Б</translation>
    </message>
    <message>
        <source>Stree&amp;t:</source>
        <translation>&amp;Улица:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>State, province or prefecture</source>
        <translation>Область, край, штат или префектура</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Индекс:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>e.g. No recording. Press at the opening only. No photographs in the session.</source>
        <translation>Например: без аудио- и видеозаписи. Пресса — только на открытии. Без фотосъёмки во время заседания.</translation>
    </message>
    <message>
        <source>Attri&amp;bution:</source>
        <translation>Режим &amp;цитирования:</translation>
    </message>
    <message>
        <source>Ho&amp;use rules:</source>
        <translation>&amp;Правила мероприятия:</translation>
    </message>
    <message>
        <source>e.g. RSVP to events@example.org by 20 February</source>
        <translation>например: Регистрация по адресу events@example.org до 20 февраля</translation>
    </message>
    <message>
        <source>&amp;RSVP:</source>
        <translation>Р&amp;егистрация:</translation>
    </message>
    <message>
        <source>What the event is about, as for an invitation</source>
        <translation>О чём мероприятие — как в приглашении</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Внутренние заметки</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>The event&apos;s minutes are written on the Log tab&apos;s Minutes page (Log ▸ Minutes).</source>
        <translation>Протокол мероприятия ведётся на вкладке «Журнал», на странице «Протокол» (Журнал ▸ Протокол).</translation>
    </message>
    <message>
        <source>A new series “{name}” will be created.</source>
        <translation>Будет создана новая серия «{name}».</translation>
    </message>
    <message>
        <source>The start date {problem}</source>
        <translation>Дата начала {problem}</translation>
    </message>
    <message>
        <source>The end date {problem}</source>
        <translation>Дата окончания {problem}</translation>
    </message>
    <message>
        <source>The start time {problem}</source>
        <translation>Время начала {problem}</translation>
    </message>
    <message>
        <source>The end time {problem}</source>
        <translation>Время окончания {problem}</translation>
    </message>
    <message>
        <source>Programme days move with the start date; add or remove them on the event&apos;s Agenda tab.</source>
        <translation>Дни программы сдвигаются вместе с датой начала; добавить или удалить их можно на вкладке мероприятия «Программа».</translation>
    </message>
    <message>
        <source>Automatic: {slug}</source>
        <translation>Автоматически: {slug}</translation>
    </message>
    <message>
        <source>Made from the title</source>
        <translation>Создаётся из названия</translation>
    </message>
    <message>
        <source>The short name “{slug}” is already used by another event. Choose another one, or leave it empty to have one made.</source>
        <translation>Краткое имя «{slug}» уже используется другим мероприятием. Выберите другое или оставьте поле пустым, чтобы имя было создано автоматически.</translation>
    </message>
    <message>
        <source>Type to find an organisation…</source>
        <translation>Начните вводить название организации…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add the organisation in this role; a name not known yet is added as a new one</source>
        <translation>Добавить организацию с этой ролью; неизвестное название добавляется как новая организация</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Новая организация…</translation>
    </message>
    <message>
        <source>Describe a new organisation (short name, kind, country)</source>
        <translation>Описать новую организацию (сокращённое название, тип, страна)</translation>
    </message>
    <message>
        <source>as</source>
        <comment>organisation role</comment>
        <translation>в роли</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Correct this organisation&apos;s name, kind, country or website</source>
        <translation>Исправить название, тип, страну или сайт организации</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Переместить вни&amp;з</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Add &amp;delegation</source>
        <translation>Добавить &amp;делегацию</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>For dialogues between national teams, e.g. “Russian delegation”.</source>
        <translation>Для диалогов между национальными командами, например «Российская делегация».</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (новая)</translation>
    </message>
    <message>
        <source>created when the event is saved</source>
        <translation>будет создана при сохранении мероприятия</translation>
    </message>
    <message>
        <source>“{name}” is a new organisation: it is created when the event is saved. Edit… gives its short name, kind and country.</source>
        <translation>«{name}» — новая организация: она будет создана при сохранении мероприятия. Кнопка «Изменить…» позволяет указать её сокращённое название, тип и страну.</translation>
    </message>
    <message>
        <source>{name} is already listed as {role}.</source>
        <translation>{name} уже есть в списке с ролью «{role}».</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>{name} is listed twice as {role}.</source>
        <translation>{name} встречается в списке дважды с ролью «{role}».</translation>
    </message>
    <message>
        <source>Select an event on the left to see it here, or press &lt;b&gt;Ctrl+N&lt;/b&gt; to create one.</source>
        <translation>Выберите мероприятие слева, чтобы увидеть его здесь, или нажмите &lt;b&gt;Ctrl+N&lt;/b&gt;, чтобы создать новое.</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отказался</translation>
    </message>
    <message>
        <source>Hosts</source>
        <comment>participant role</comment>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Председатели</translation>
    </message>
    <message>
        <source>Opening speakers</source>
        <translation>Выступающие со вступительным словом</translation>
    </message>
    <message>
        <source>Participants / panelists</source>
        <translation>Участники / панелисты</translation>
    </message>
    <message>
        <source>Discussants</source>
        <translation>Дискутанты</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation>Члены делегаций</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Hosts</source>
        <comment>organisation role</comment>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Co-hosts</source>
        <translation>Соорганизаторы</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Спонсоры</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Места проведения</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>{series}, round {number}</source>
        <translation>{series}, раунд {number}</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое имя</translation>
    </message>
    <message>
        <source>Participants ({count})</source>
        <translation>Участники ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>no items yet</source>
        <translation>пунктов пока нет</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{seated} of %n participants seated</source>
        <translation>
            <numerusform>рассажено {seated} из %n участника</numerusform>
            <numerusform>рассажено {seated} из %n участников</numerusform>
            <numerusform>рассажено {seated} из %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <comment>seats</comment>
        <translation>
            <numerusform>%n в резерве</numerusform>
            <numerusform>%n в резерве</numerusform>
            <numerusform>%n в резерве</numerusform>
        </translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>Рассадка</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Раунд {number}</translation>
    </message>
    <message>
        <source>Standalone events</source>
        <translation>Отдельные мероприятия</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message numerus="yes">
        <source>{group}: %n events</source>
        <translation>
            <numerusform>{group}: %n мероприятие</numerusform>
            <numerusform>{group}: %n мероприятия</numerusform>
            <numerusform>{group}: %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{years} · %n events</source>
        <translation>
            <numerusform>{years} · %n мероприятие</numerusform>
            <numerusform>{years} · %n мероприятия</numerusform>
            <numerusform>{years} · %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · short name: {slug}</source>
        <translation>{status} · краткое имя: {slug}</translation>
    </message>
    <message>
        <source>Add log entry {entry}</source>
        <translation>Добавление записи журнала {entry}</translation>
    </message>
    <message>
        <source>Edit log entry {entry}</source>
        <translation>Изменение записи журнала {entry}</translation>
    </message>
    <message>
        <source>Save minutes of {title}</source>
        <translation>Сохранение протокола мероприятия {title}</translation>
    </message>
    <message>
        <source>Select an entry to see it in full, with its earlier versions if it was edited.</source>
        <translation>Выберите запись, чтобы увидеть её полностью — вместе с прежними версиями, если её изменяли.</translation>
    </message>
    <message>
        <source>Earlier versions ({count})</source>
        <translation>Прежние версии ({count})</translation>
    </message>
    <message>
        <source>Replaced {when} by {who}</source>
        <translation>Заменено {when}, автор: {who}</translation>
    </message>
    <message>
        <source>Replaced {when}</source>
        <translation>Заменено {when}</translation>
    </message>
    <message>
        <source>Recorded by Roundtable when the event was saved; the history cannot be edited.</source>
        <translation>Записано Roundtable при сохранении мероприятия; историю изменить нельзя.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{category} · edited</source>
        <translation>{category} · изменено</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Без пункта программы</translation>
    </message>
    <message>
        <source>Write what the entry records.</source>
        <translation>Напишите текст записи.</translation>
    </message>
    <message>
        <source>Written by {author}, {when}.</source>
        <translation>Автор: {author}, {when}.</translation>
    </message>
    <message>
        <source>Written by someone, {when}.</source>
        <translation>Автор не указан, {when}.</translation>
    </message>
    <message numerus="yes">
        <source>Edited before: %n earlier versions.</source>
        <translation>
            <numerusform>Запись уже изменялась: %n прежняя версия.</numerusform>
            <numerusform>Запись уже изменялась: %n прежние версии.</numerusform>
            <numerusform>Запись уже изменялась: %n прежних версий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving keeps the text it replaces.</source>
        <translation>При сохранении заменяемый текст тоже сохраняется.</translation>
    </message>
    <message>
        <source>Edit log entry</source>
        <translation>Изменить запись журнала</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>Новая запись журнала</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Сейчас</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Установить текущее время</translation>
    </message>
    <message>
        <source>&amp;Time ({zone}):</source>
        <translation>&amp;Время ({zone}):</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>What happened, was said, agreed or decided…</source>
        <translation>Что произошло, что было сказано, о чём договорились или что решили…</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Пункт программы:</translation>
    </message>
    <message>
        <source>Find a participant…</source>
        <translation>Найти участника…</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>Поиск участника</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Люди:</translation>
    </message>
    <message>
        <source>This event has no participants yet</source>
        <translation>У этого мероприятия пока нет участников</translation>
    </message>
    <message>
        <source>Someone not in this event</source>
        <translation>Не участник мероприятия</translation>
    </message>
    <message>
        <source>{name} (not a participant)</source>
        <translation>{name} (не участник)</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Окончание раньше начала.</translation>
    </message>
    <message>
        <source>The event&apos;s minutes, printed with “Print minutes…” and kept in the event bundle. Plain text; a blank line starts a new paragraph. Tab moves on; Ctrl+Tab types a tab.</source>
        <translation>Протокол мероприятия: печатается командой «Печать протокола…» и хранится в пакете мероприятия. Обычный текст; пустая строка начинает новый абзац. Tab переходит к следующему полю, Ctrl+Tab вставляет табуляцию.</translation>
    </message>
    <message>
        <source>Saved the minutes of {title}</source>
        <translation>Протокол мероприятия {title} сохранён</translation>
    </message>
    <message>
        <source>Who met, what was discussed, what was agreed and what happens next…</source>
        <translation>Кто встречался, что обсуждали, о чём договорились и что дальше…</translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Сохранить протокол</translation>
    </message>
    <message>
        <source>Save the minutes as one step (Ctrl+S); Edit ▸ Undo takes it back</source>
        <translation>Сохранить протокол одним действием (Ctrl+S); Правка ▸ Отменить отменяет его</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Throw away what was typed since the minutes were saved</source>
        <translation>Отбросить всё, что введено после сохранения протокола</translation>
    </message>
    <message>
        <source>Pri&amp;nt minutes…</source>
        <translation>&amp;Печать протокола…</translation>
    </message>
    <message>
        <source>See the minutes&apos; pages, then save them as a PDF or print them</source>
        <translation>Просмотреть страницы протокола, а затем сохранить их в PDF или напечатать</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Сохранить протокол</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>Unsaved minutes</source>
        <translation>Несохранённый протокол</translation>
    </message>
    <message>
        <source>The minutes of {title} have changes that are not saved. Save them?</source>
        <translation>В протоколе мероприятия {title} есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(изменено)</translation>
    </message>
    <message>
        <source>Event change</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>Participants change</source>
        <translation>Изменение участников</translation>
    </message>
    <message>
        <source>Agenda change</source>
        <translation>Изменение программы</translation>
    </message>
    <message>
        <source>Seating change</source>
        <translation>Изменение рассадки</translation>
    </message>
    <message>
        <source>Event changes</source>
        <translation>Изменения мероприятия</translation>
    </message>
    <message>
        <source>Participants changes</source>
        <translation>Изменения участников</translation>
    </message>
    <message>
        <source>Agenda changes</source>
        <translation>Изменения программы</translation>
    </message>
    <message>
        <source>Seating changes</source>
        <translation>Изменения рассадки</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Человек № {number}</translation>
    </message>
    <message>
        <source>{day}, {time} ({zone})</source>
        <translation>{day}, {time} ({zone})</translation>
    </message>
    <message>
        <source>someone not in this event</source>
        <translation>не участник мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>Edited; %n earlier versions below the list.</source>
        <translation>
            <numerusform>Изменено; %n прежняя версия — под списком.</numerusform>
            <numerusform>Изменено; %n прежние версии — под списком.</numerusform>
            <numerusform>Изменено; %n прежних версий — под списком.</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} long; timed by the session timer</source>
        <translation>Длительность {length}; замерено таймером сессии</translation>
    </message>
    <message>
        <source>{length} long</source>
        <translation>Длительность {length}</translation>
    </message>
    <message>
        <source>Log entries are never deleted: edit the entry instead (its earlier text is kept).</source>
        <translation>Записи журнала не удаляются: вместо этого измените запись (прежний текст сохранится).</translation>
    </message>
    <message>
        <source>The change history is kept as Roundtable recorded it; it cannot be edited.</source>
        <translation>История изменений хранится в том виде, в каком её записал Roundtable; изменить её нельзя.</translation>
    </message>
    <message>
        <source>Quick entry: type what happened and press Ctrl+Return</source>
        <translation>Быстрая запись: введите, что произошло, и нажмите Ctrl+Return</translation>
    </message>
    <message>
        <source>Select an event to see its log.</source>
        <translation>Выберите мероприятие, чтобы увидеть его журнал.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Протокол</translation>
    </message>
    <message>
        <source>Planned vs a&amp;ctual</source>
        <translation>План и &amp;факт</translation>
    </message>
    <message>
        <source>R&amp;un session…</source>
        <translation>Провести &amp;сессию…</translation>
    </message>
    <message>
        <source>Open the moderator&apos;s timer for this event (F5): it records when each item and speaker actually started and ended</source>
        <translation>Открыть таймер модератора для этого мероприятия (F5): он записывает, когда фактически начался и закончился каждый пункт и каждое выступление</translation>
    </message>
    <message>
        <source>Category of the quick entry</source>
        <translation>Категория быстрой записи</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Быстрая запись</translation>
    </message>
    <message>
        <source>Add the line as an entry, timed now (Ctrl+Return)</source>
        <translation>Добавить строку как запись с текущим временем (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Add entr&amp;y…</source>
        <translation>&amp;Добавить запись…</translation>
    </message>
    <message>
        <source>Write an entry with its time, agenda item and people (Ctrl+J from anywhere)</source>
        <translation>Написать запись с указанием времени, пункта программы и людей (Ctrl+J из любого места)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Journal and changes</source>
        <translation>Записи и изменения</translation>
    </message>
    <message>
        <source>Journal only</source>
        <translation>Только записи</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Только изменения</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Area of changes</source>
        <translation>Область изменений</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Все изменения</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Поиск по журналу</translation>
    </message>
    <message>
        <source>Search text, people, agenda items…</source>
        <translation>Поиск по тексту, людям, пунктам программы…</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Журнал мероприятия</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Сведения о записи</translation>
    </message>
    <message>
        <source>Ed&amp;it entry…</source>
        <translation>&amp;Изменить запись…</translation>
    </message>
    <message>
        <source>Change the selected entry (Return); its earlier text is kept</source>
        <translation>Изменить выбранную запись (Return); прежний текст сохранится</translation>
    </message>
    <message>
        <source>Print lo&amp;g…</source>
        <translation>Пе&amp;чать журнала…</translation>
    </message>
    <message>
        <source>See the log&apos;s pages, then save them as a PDF or print them</source>
        <translation>Просмотреть страницы журнала, а затем сохранить их в PDF или напечатать</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>&amp;Экспортировать журнал…</translation>
    </message>
    <message>
        <source>Save the whole log as a PDF, a CSV for a spreadsheet or a Markdown file</source>
        <translation>Сохранить весь журнал в PDF, в CSV для электронных таблиц или в файл Markdown</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>Показано {shown} из %n</numerusform>
            <numerusform>Показано {shown} из %n</numerusform>
            <numerusform>Показано {shown} из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are recorded by Roundtable and cannot be edited.</source>
        <translation>Изменения записывает Roundtable, редактировать их нельзя.</translation>
    </message>
    <message>
        <source>Read-only: the log can be looked at and printed here, not changed.</source>
        <translation>Только чтение: журнал можно просматривать и печатать, но не изменять.</translation>
    </message>
    <message>
        <source>Entry added; the filters hide it.</source>
        <translation>Запись добавлена, но скрыта фильтрами.</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Экспортировать журнал</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>Exported the log of “{title}” to {path}</source>
        <translation>Журнал мероприятия «{title}» экспортирован в {path}</translation>
    </message>
    <message>
        <source>Item / speaker</source>
        <translation>Пункт / выступающий</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Начало по плану</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Run the session with the timer to see planned against actual.</source>
        <translation>Проведите сессию с таймером, чтобы сравнить план и факт.</translation>
    </message>
    <message>
        <source>Started on time</source>
        <translation>Начало вовремя</translation>
    </message>
    <message>
        <source>Started {minutes} late</source>
        <translation>Начало с опозданием на {minutes}</translation>
    </message>
    <message>
        <source>Started {minutes} early</source>
        <translation>Начало на {minutes} раньше</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>{minutes} over the plan</source>
        <translation>На {minutes} дольше плана</translation>
    </message>
    <message>
        <source>{minutes} under the plan</source>
        <translation>На {minutes} короче плана</translation>
    </message>
    <message>
        <source>The agenda sets no speaking time for this speaker</source>
        <translation>В программе не задано время выступления для этого выступающего</translation>
    </message>
    <message>
        <source>{speaker} on “{title}”</source>
        <translation>{speaker} — «{title}»</translation>
    </message>
    <message>
        <source>{item}: planned {planned}, not timed</source>
        <translation>{item}: по плану {planned}, время не замерено</translation>
    </message>
    <message>
        <source>{item}: planned {planned}, actual {actual}</source>
        <translation>{item}: по плану {planned}, фактически {actual}</translation>
    </message>
    <message>
        <source>{item}: planned {planned}, actual {actual} ({difference})</source>
        <translation>{item}: по плану {planned}, фактически {actual} ({difference})</translation>
    </message>
    <message>
        <source>Chart of planned against actual time per item</source>
        <translation>Диаграмма планового и фактического времени по пунктам</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>не замерено</translation>
    </message>
    <message>
        <source>Over the plan</source>
        <translation>Сверх плана</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>План и факт</translation>
    </message>
    <message>
        <source>Space start / pause · ← → speaker · ↑ ↓ item · + one minute more · F11 full screen · Esc leave full screen, or close</source>
        <translation>Пробел — старт/пауза · ← → выступающий · ↑ ↓ пункт · + ещё минута · F11 — во весь экран · Esc — выйти из полноэкранного режима или закрыть</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Экран</translation>
    </message>
    <message>
        <source>Timer — {title}</source>
        <translation>Таймер — {title}</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>Текущий пункт программы</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>Текущий выступающий</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Оставшееся время</translation>
    </message>
    <message>
        <source>The day to run; chosen before the start</source>
        <translation>День проведения; выбирается до старта</translation>
    </message>
    <message>
        <source>The screen the timer goes full screen on (F11)</source>
        <translation>Экран, на котором таймер разворачивается во весь экран (F11)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>Full screen on the chosen screen (F11; Esc leaves)</source>
        <translation>Во весь экран на выбранном экране (F11; Esc — выход)</translation>
    </message>
    <message>
        <source>Full screen on</source>
        <translation>Развернуть на</translation>
    </message>
    <message>
        <source>▲ Previous item</source>
        <translation>▲ Предыдущий пункт</translation>
    </message>
    <message>
        <source>Previous item (Up, Page Up)</source>
        <translation>Предыдущий пункт (↑, Page Up)</translation>
    </message>
    <message>
        <source>◀ Previous speaker</source>
        <translation>◀ Предыдущий выступающий</translation>
    </message>
    <message>
        <source>Previous speaker (Left)</source>
        <translation>Предыдущий выступающий (←)</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>timer button</comment>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Start, pause, resume (Space)</source>
        <translation>Старт, пауза, продолжение (Пробел)</translation>
    </message>
    <message>
        <source>Next speaker ▶</source>
        <translation>Следующий выступающий ▶</translation>
    </message>
    <message>
        <source>Next speaker (Right)</source>
        <translation>Следующий выступающий (→)</translation>
    </message>
    <message>
        <source>Next item ▼</source>
        <translation>Следующий пункт ▼</translation>
    </message>
    <message>
        <source>Next item (Down, Page Down)</source>
        <translation>Следующий пункт (↓, Page Down)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 мин</translation>
    </message>
    <message>
        <source>One minute more for the speaker, or the item (+)</source>
        <translation>Ещё минута выступающему или пункту (+)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>End the session, after asking: the running item is recorded</source>
        <translation>Завершить сессию (после подтверждения): текущий пункт будет записан</translation>
    </message>
    <message>
        <source>Roundtable user guide</source>
        <translation>Руководство пользователя Roundtable</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Страницы руководства</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Close the timer (Esc, Ctrl+W); a running item asks first</source>
        <translation>Закрыть таймер (Esc, Ctrl+W); если пункт идёт, сначала будет задан вопрос</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Дискуссия</translation>
    </message>
    <message>
        <source>Ready — press Space to start</source>
        <translation>Готово — нажмите пробел, чтобы начать</translation>
    </message>
    <message>
        <source>The session is over — its timings are in the log</source>
        <translation>Сессия завершена — время записано в журнал</translation>
    </message>
    <message>
        <source>Paused — Space resumes</source>
        <translation>Пауза — пробел для продолжения</translation>
    </message>
    <message numerus="yes">
        <source>Speaker {number} of %n, {minutes} min more</source>
        <translation>
            <numerusform>Выступающий {number} из %n, ещё {minutes} мин</numerusform>
            <numerusform>Выступающий {number} из %n, ещё {minutes} мин</numerusform>
            <numerusform>Выступающий {number} из %n, ещё {minutes} мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speaker {number} of %n</source>
        <translation>
            <numerusform>Выступающий {number} из %n</numerusform>
            <numerusform>Выступающий {number} из %n</numerusform>
            <numerusform>Выступающий {number} из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>item {over} over its {allowance}</source>
        <translation>пункт: превышение на {over} (отведено {allowance})</translation>
    </message>
    <message>
        <source>item {left} left of {allowance}</source>
        <translation>пункт: осталось {left} из {allowance}</translation>
    </message>
    <message>
        <source>{elapsed} of {allowance}, {minutes} min more</source>
        <translation>{elapsed} из {allowance}, ещё {minutes} мин</translation>
    </message>
    <message>
        <source>{elapsed} of {allowance}</source>
        <translation>{elapsed} из {allowance}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Далее: {name}</translation>
    </message>
    <message>
        <source>Next item: {name} (planned {time})</source>
        <translation>Следующий пункт: {name} (по плану в {time})</translation>
    </message>
    <message>
        <source>Next item: {name}</source>
        <translation>Следующий пункт: {name}</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>Последний пункт</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>End the session now?

“{title}” is recorded as ended now; the timer cannot be started again.</source>
        <translation>Завершить сессию сейчас?

Пункт «{title}» будет записан как завершённый в этот момент; снова запустить таймер будет нельзя.</translation>
    </message>
    <message>
        <source>End the session now?

Everything up to the pause is in the log already; the timer cannot be started again.</source>
        <translation>Завершить сессию сейчас?

Всё до паузы уже записано в журнал; снова запустить таймер будет нельзя.</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Завершить сессию</translation>
    </message>
    <message>
        <source>Timings not recorded</source>
        <translation>Время не записано</translation>
    </message>
    <message>
        <source>The timer goes on and tries again with the next item or speaker.</source>
        <translation>Таймер продолжит работу и попробует записать время снова при смене пункта или выступающего.</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>Close the timer</source>
        <translation>Закрыть таймер</translation>
    </message>
    <message>
        <source>“{title}” is still running.

Record it as ended now? (No closes without recording the time since the last change of item, speaker or pause.)</source>
        <translation>Пункт «{title}» ещё идёт.

Записать его как завершённый сейчас? (При ответе «Нет» таймер закроется без записи времени с последней смены пункта, выступающего или паузы.)</translation>
    </message>
    <message>
        <source>Run the session</source>
        <translation>Провести сессию</translation>
    </message>
    <message>
        <source>“{title}” has no agenda to run.

Add its items in the Agenda tab first; the timer takes them one by one.</source>
        <translation>У мероприятия «{title}» нет программы для проведения.

Сначала добавьте пункты на вкладке «Программа»; таймер проходит их по очереди.</translation>
    </message>
    <message>
        <source>Recognised from the script</source>
        <translation>Определять по системе письма</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>Списки участников</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>Click to choose which participant field this column fills</source>
        <translation>Щёлкните, чтобы выбрать, какое поле участника заполняет этот столбец</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Статус участия</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Проблемы и примечания</translation>
    </message>
    <message>
        <source>skipped (already in the event)</source>
        <translation>пропущено (уже участвует в мероприятии)</translation>
    </message>
    <message>
        <source>existing: {name}</source>
        <translation>из справочника: {name}</translation>
    </message>
    <message>
        <source>possibly the same person as {name}: choose…</source>
        <translation>возможно, тот же человек, что и {name}: выберите…</translation>
    </message>
    <message numerus="yes">
        <source>possibly one of %n people: choose…</source>
        <translation>
            <numerusform>возможно, один из %n человека: выберите…</numerusform>
            <numerusform>возможно, один из %n человек: выберите…</numerusform>
            <numerusform>возможно, один из %n человек: выберите…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>choose one of %n…</source>
        <translation>
            <numerusform>выберите одного из %n человека…</numerusform>
            <numerusform>выберите одного из %n человек…</numerusform>
            <numerusform>выберите одного из %n человек…</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Проблема: {problem}</translation>
    </message>
    <message>
        <source>New person (not in the directory)</source>
        <translation>Новый человек (нет в справочнике)</translation>
    </message>
    <message>
        <source>The existing {person}</source>
        <translation>Из справочника: {person}</translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation>Выбор списка</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file with one participant per row and a header row, e.g. a registration export from Indico, Eventbrite or a Google Form.</source>
        <translation>Файл CSV или Excel (XLSX), в котором первая строка содержит заголовки, а каждая следующая — одного участника, например выгрузка регистраций из Indico, Eventbrite или Google Forms.</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Which participant field each column fills. Columns Roundtable recognised are filled in; click a field to change it, or choose Ignore to leave a column out.</source>
        <translation>Какое поле участника заполняет каждый столбец. Столбцы, распознанные Roundtable, уже сопоставлены; чтобы изменить поле, щёлкните по нему, а чтобы не импортировать столбец, выберите «Пропустить».</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <source>How the file&apos;s letters are stored. Roundtable recognises it; if names or headers look garbled, choose another and the file is read again.</source>
        <translation>Как хранятся буквы в файле. Roundtable определяет кодировку сам; если имена или заголовки выглядят искажёнными, выберите другую — файл будет прочитан заново.</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Кодировка текста:</translation>
    </message>
    <message>
        <source>How names in a single full-name column are written. Recognised: family name first for Chinese, Japanese and Korean script and for a Russian ФИО, given name first otherwise.</source>
        <translation>Как записаны имена в общем столбце с полным именем. При автоматическом определении фамилия считается первой для китайской, японской и корейской письменности и для русского ФИО, в остальных случаях первым считается имя.</translation>
    </message>
    <message>
        <source>Where the list gives none, role:</source>
        <translation>Если в списке не указано, роль:</translation>
    </message>
    <message>
        <source>attendance:</source>
        <translation>статус участия:</translation>
    </message>
    <message>
        <source>Full &amp;names are written:</source>
        <translation>Порядок в полном &amp;имени:</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n rows. Which participant field each column fills: recognised columns are filled in; click a field to change it, or choose Ignore to leave a column out.</source>
        <translation>
            <numerusform>{source}: %n строка. Какое поле участника заполняет каждый столбец: распознанные столбцы уже сопоставлены; чтобы изменить поле, щёлкните по нему, а чтобы не импортировать столбец, выберите «Пропустить».</numerusform>
            <numerusform>{source}: %n строки. Какое поле участника заполняет каждый столбец: распознанные столбцы уже сопоставлены; чтобы изменить поле, щёлкните по нему, а чтобы не импортировать столбец, выберите «Пропустить».</numerusform>
            <numerusform>{source}: %n строк. Какое поле участника заполняет каждый столбец: распознанные столбцы уже сопоставлены; чтобы изменить поле, щёлкните по нему, а чтобы не импортировать столбец, выберите «Пропустить».</numerusform>
        </translation>
    </message>
    <message>
        <source>The list</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>выбрана вами</translation>
    </message>
    <message>
        <source>recognised from the file; choose another if the text looks garbled</source>
        <translation>определена по файлу; если текст выглядит искажённым, выберите другую</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>Пропускаемые столбцы: {columns}</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Импортируются все столбцы.</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Предварительный просмотр импорта</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <source>Check the file &amp;again</source>
        <translation>&amp;Проверить файл снова</translation>
    </message>
    <message>
        <source>Read the file again, e.g. after correcting it</source>
        <translation>Прочитать файл заново, например после исправления</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n новый человек</numerusform>
            <numerusform>%n новых человека</numerusform>
            <numerusform>%n новых человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the directory</source>
        <translation>
            <numerusform>%n уже в справочнике</numerusform>
            <numerusform>%n уже в справочнике</numerusform>
            <numerusform>%n уже в справочнике</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {encoding}.</source>
        <translation>Файл прочитан как {encoding}.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Всё готово к импорту.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems to fix</source>
        <translation>
            <numerusform>%n проблема требует исправления</numerusform>
            <numerusform>%n проблемы требуют исправления</numerusform>
            <numerusform>%n проблем требуют исправления</numerusform>
        </translation>
    </message>
    <message>
        <source>highlighted below and listed in the report. Nothing is imported until every row is right: correct the file and check again, or go back and change the columns.</source>
        <translation>строки с проблемами выделены ниже, а все проблемы перечислены в отчёте. Пока все строки не будут в порядке, ничего не импортируется: исправьте файл и проверьте его снова или вернитесь назад и измените сопоставление столбцов.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows may be people already in the directory: choose in their Match cell whether they are, or new people.</source>
        <translation>
            <numerusform>%n строка может соответствовать человеку, уже имеющемуся в справочнике: укажите в столбце «Совпадение», так ли это или это новый человек.</numerusform>
            <numerusform>%n строки могут соответствовать людям, уже имеющимся в справочнике: укажите в столбце «Совпадение», так ли это или это новые люди.</numerusform>
            <numerusform>%n строк могут соответствовать людям, уже имеющимся в справочнике: укажите в столбце «Совпадение», так ли это или это новые люди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import participants — {title}</source>
        <translation>Импорт участников — {title}</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Name on card</source>
        <translation>Имя на табличке</translation>
    </message>
    <message>
        <source>Order of precedence: drag rows, or use Alt+Up and Alt+Down</source>
        <translation>Порядок старшинства: перетаскивайте строки или используйте Alt+Up и Alt+Down</translation>
    </message>
    <message>
        <source>Printed on the name card instead of the name; empty prints the name</source>
        <translation>Печатается на именной табличке вместо имени; если пусто, печатается имя</translation>
    </message>
    <message>
        <source>What the name card prints instead of the name, e.g. “Amb. Kozuki”; empty prints the name</source>
        <translation>Что печатается на именной табличке вместо имени, например «Посол Кодзуки»; если пусто, печатается имя</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Участников пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n participants&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n участник&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n участника&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n участников&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;By role:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;По ролям:&lt;/b&gt; {counts}</translation>
    </message>
    <message>
        <source>no delegation</source>
        <translation>без делегации</translation>
    </message>
    <message>
        <source>&lt;b&gt;By delegation:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;По делегациям:&lt;/b&gt; {counts}</translation>
    </message>
    <message>
        <source>&lt;b&gt;By attendance:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;По статусу участия:&lt;/b&gt; {counts}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Add from directory…</source>
        <translation>&amp;Добавить из справочника…</translation>
    </message>
    <message>
        <source>Choose people who are already in the directory</source>
        <translation>Выбрать людей, которые уже есть в справочнике</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <source>Someone not yet in the directory</source>
        <translation>Человек, которого ещё нет в справочнике</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Take the selected people off this event (Delete)</source>
        <translation>Исключить выбранных людей из мероприятия (Delete)</translation>
    </message>
    <message>
        <source>Earlier in the order of precedence (Alt+Up)</source>
        <translation>Выше по старшинству (Alt+Up)</translation>
    </message>
    <message>
        <source>Later in the order of precedence (Alt+Down)</source>
        <translation>Ниже по старшинству (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импортировать…</translation>
    </message>
    <message>
        <source>Add people from a CSV or Excel list</source>
        <translation>Добавить людей из списка CSV или Excel</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Save this list as CSV or Excel</source>
        <translation>Сохранить этот список в CSV или Excel</translation>
    </message>
    <message>
        <source>&amp;Bios booklet…</source>
        <translation>&amp;Буклет биографий…</translation>
    </message>
    <message>
        <source>Everyone&apos;s bio and photo, to save as PDF or print</source>
        <translation>Биографии и фото всех участников — для сохранения в PDF или печати</translation>
    </message>
    <message>
        <source>Na&amp;me cards…</source>
        <translation>Именные &amp;таблички…</translation>
    </message>
    <message>
        <source>Table cards with each name; only the selected people when some are selected</source>
        <translation>Настольные таблички с именами; если кто-то выбран — только для выбранных</translation>
    </message>
    <message>
        <source>At the &amp;door</source>
        <translation>Регистрация на в&amp;ходе</translation>
    </message>
    <message>
        <source>Mark arrivals: type a few letters of a name, then Return (Ctrl+Shift+A)</source>
        <translation>Отмечать прибывших: введите несколько букв имени и нажмите Enter (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Drag rows to change the order of precedence; click a role, delegation or attendance to change it.</source>
        <translation>Перетаскивайте строки, чтобы изменить порядок старшинства; щёлкните роль, делегацию или статус участия, чтобы изменить их.</translation>
    </message>
    <message>
        <source>Participant counts</source>
        <translation>Численность участников</translation>
    </message>
    <message>
        <source>Select an event on the left to see its participants.</source>
        <translation>Выберите мероприятие слева, чтобы увидеть его участников.</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>Добавить участников</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>{name} already takes part in this event.</source>
        <translation>{name} уже участвует в этом мероприятии.</translation>
    </message>
    <message>
        <source>Remove {name} from “{event}”?

They stay in the directory, and Edit ▸ Undo puts them back with their role, delegation and place in the order.</source>
        <translation>Исключить из мероприятия «{event}»: {name}?

Человек останется в справочнике, а команда Правка ▸ Отменить вернёт его с прежней ролью, делегацией и местом в порядке старшинства.</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people from “{event}”?

They stay in the directory, and Edit ▸ Undo puts them back with their role, delegation and place in the order.</source>
        <translation>
            <numerusform>Исключить %n человека из мероприятия «{event}»?

Они останутся в справочнике, а команда Правка ▸ Отменить вернёт их с прежними ролями, делегациями и местами в порядке старшинства.</numerusform>
            <numerusform>Исключить %n человек из мероприятия «{event}»?

Они останутся в справочнике, а команда Правка ▸ Отменить вернёт их с прежними ролями, делегациями и местами в порядке старшинства.</numerusform>
            <numerusform>Исключить %n человек из мероприятия «{event}»?

Они останутся в справочнике, а команда Правка ▸ Отменить вернёт их с прежними ролями, делегациями и местами в порядке старшинства.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Исключить участников</translation>
    </message>
    <message>
        <source>CSV for older Excel, {encoding}</source>
        <translation>CSV для старых версий Excel, {encoding}</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Экспорт участников</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participants to {path}</source>
        <translation>
            <numerusform>В {path} экспортирован %n участник</numerusform>
            <numerusform>В {path} экспортированы %n участника</numerusform>
            <numerusform>В {path} экспортировано %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participants — {event}</source>
        <translation>Добавление участников — {event}</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>Добавить людей</translation>
    </message>
    <message>
        <source>Type to find people by name (any script), affiliation, email…</source>
        <translation>Поиск по имени (в любом написании), организации, эл. почте…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Фильтр людей</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>None — pick or type one</source>
        <translation>Нет — выберите или введите</translation>
    </message>
    <message>
        <source>As &amp;role:</source>
        <translation>В &amp;роли:</translation>
    </message>
    <message>
        <source>In &amp;delegation:</source>
        <translation>В &amp;делегации:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Статус участия:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people</source>
        <translation>
            <numerusform>Добавить %n человека</numerusform>
            <numerusform>Добавить %n человек</numerusform>
            <numerusform>Добавить %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} in the directory and not yet in the event</source>
        <translation>
            <numerusform>{count} человек из справочника ещё не в мероприятии</numerusform>
            <numerusform>{count} человека из справочника ещё не в мероприятии</numerusform>
            <numerusform>{count} человек из справочника ещё не в мероприятии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} found</source>
        <translation>
            <numerusform>Найден {count} человек</numerusform>
            <numerusform>Найдено {count} человека</numerusform>
            <numerusform>Найдено {count} человек</numerusform>
        </translation>
    </message>
    <message>
        <source>same name and same email</source>
        <translation>то же имя и тот же адрес эл. почты</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>похожие данные</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Этот человек</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{name}&lt;/b&gt; may already be in the directory: these %n people have the same name (ignoring case, accents and name order) or the same email.</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;, возможно, уже есть в справочнике: у %n человека такое же имя (без учёта регистра, диакритических знаков и порядка имени и фамилии) или тот же адрес эл. почты.</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;, возможно, уже есть в справочнике: у %n человек такое же имя (без учёта регистра, диакритических знаков и порядка имени и фамилии) или тот же адрес эл. почты.</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;, возможно, уже есть в справочнике: у %n человек такое же имя (без учёта регистра, диакритических знаков и порядка имени и фамилии) или тот же адрес эл. почты.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Use the person who is already there to keep one record per person, with all their events on one page. Two records of one person can also be merged later in the People view.</source>
        <translation>Выберите уже существующего человека, чтобы у каждого была одна запись и все его мероприятия были на одной странице. Две записи одного человека можно также объединить позже в разделе «Люди».</translation>
    </message>
    <message>
        <source>If it is the same person, go back and cancel, then edit the existing record instead; two records of one person can also be merged later in the People view.</source>
        <translation>Если это тот же человек, вернитесь и отмените ввод, а затем измените существующую запись; две записи одного человека можно также объединить позже в разделе «Люди».</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Всё равно добавить</translation>
    </message>
    <message>
        <source>&amp;Use the existing person</source>
        <translation>&amp;Выбрать существующего</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>человек № {number}</translation>
    </message>
    <message>
        <source>{title} ({year}) — {role}</source>
        <translation>{title} ({year}) — {role}</translation>
    </message>
    <message>
        <source>{title} ({year}, round {round}) — {role}</source>
        <translation>{title} ({year}, раунд {round}) — {role}</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>Объединить людей</translation>
    </message>
    <message>
        <source>These two records will become one person. Choose the record to keep; the other is folded into it and removed.</source>
        <translation>Эти две записи станут одним человеком. Выберите запись, которая останется; другая будет влита в неё и удалена.</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Оставить: {name}</translation>
    </message>
    <message>
        <source>Keep record {number}</source>
        <translation>Оставить запись № {number}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Биография</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>What merging does</source>
        <translation>Что произойдёт при объединении</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kept}&lt;/b&gt; is kept. Where a field of it is empty, it is filled from {other}; their affiliations are joined.</source>
        <translation>Запись &lt;b&gt;{kept}&lt;/b&gt; сохраняется. Её пустые поля заполняются из записи {other}; организации объединяются.</translation>
    </message>
    <message numerus="yes">
        <source>{other}’s %n participations move to {kept}, with role, delegation and attendance.</source>
        <translation>
            <numerusform>Участие {other} в %n мероприятии переходит к {kept} — с ролью, делегацией и статусом участия.</numerusform>
            <numerusform>Участие {other} в %n мероприятиях переходит к {kept} — с ролями, делегациями и статусами участия.</numerusform>
            <numerusform>Участие {other} в %n мероприятиях переходит к {kept} — с ролями, делегациями и статусами участия.</numerusform>
        </translation>
    </message>
    <message>
        <source>{other} takes part in no event {kept} is not in already, so no participation moves.</source>
        <translation>{other} участвует только в тех мероприятиях, где уже участвует {kept}, поэтому участие не переносится.</translation>
    </message>
    <message>
        <source>{other} takes part in no event, so no participation moves.</source>
        <translation>{other} не участвует ни в одном мероприятии, поэтому переносить нечего.</translation>
    </message>
    <message>
        <source>Both take part in {events}: {kept}’s part there stays.</source>
        <translation>Оба участвуют в {events}: там сохраняется участие оставляемой записи ({kept}).</translation>
    </message>
    <message>
        <source>{other} is then removed from the directory. Edit ▸ Undo brings it back.</source>
        <translation>Затем {other} удаляется из справочника. Команда Правка ▸ Отменить вернёт запись.</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Объединить в запись: {name}</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Изменить данные человека</translation>
    </message>
    <message>
        <source>Filter by name (any script), affiliation, email, country…</source>
        <translation>Фильтр по имени (в любом написании), организации, эл. почте, стране…</translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} человек</numerusform>
            <numerusform>{count} человека</numerusform>
            <numerusform>{count} человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} people</source>
        <translation>
            <numerusform>{shown} из {total} человека</numerusform>
            <numerusform>{shown} из {total} человек</numerusform>
            <numerusform>{shown} из {total} человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people selected.</source>
        <translation>
            <numerusform>Выбран %n человек.</numerusform>
            <numerusform>Выбрано %n человека.</numerusform>
            <numerusform>Выбрано %n человек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge them with Edit ▸ Merge people…</source>
        <translation>Объединить их можно командой Правка ▸ Объединить людей…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Удалить человека</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} takes part in %n events, so they stay in the directory:

{events}

Remove them from those events first (Participants tab), or, if this is a second record of someone, merge it into the other one (Edit ▸ Merge people…): their participations move with it.</source>
        <translation>
            <numerusform>{name} участвует в %n мероприятии и поэтому остаётся в справочнике:

{events}

Сначала исключите этого человека из перечисленных мероприятий (вкладка «Участники») или, если это вторая запись одного и того же человека, объедините её с другой (Правка ▸ Объединить людей…): участие перейдёт вместе с ней.</numerusform>
            <numerusform>{name} участвует в %n мероприятиях и поэтому остаётся в справочнике:

{events}

Сначала исключите этого человека из перечисленных мероприятий (вкладка «Участники») или, если это вторая запись одного и того же человека, объедините её с другой (Правка ▸ Объединить людей…): участие перейдёт вместе с ней.</numerusform>
            <numerusform>{name} участвует в %n мероприятиях и поэтому остаётся в справочнике:

{events}

Сначала исключите этого человека из перечисленных мероприятий (вкладка «Участники») или, если это вторая запись одного и того же человека, объедините её с другой (Правка ▸ Объединить людей…): участие перейдёт вместе с ней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name} from the directory?

You can bring them back with Edit ▸ Undo.</source>
        <translation>Удалить из справочника: {name}?

Вернуть можно командой Правка ▸ Отменить.</translation>
    </message>
    <message>
        <source>Select the two records of one person (Ctrl+click the second), then merge them.</source>
        <translation>Выберите две записи одного человека (вторую — щелчком с Ctrl), затем объедините их.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Edit person — {name}</source>
        <translation>Изменение данных — {name}</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <source>&amp;Affiliations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <source>&amp;Bio &amp;&amp; notes</source>
        <translation>&amp;Биография и заметки</translation>
    </message>
    <message>
        <source>Add to event</source>
        <translation>Добавить в мероприятие</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>e.g. Dr, Prof., Ambassador</source>
        <translation>например, д-р, проф., посол</translation>
    </message>
    <message>
        <source>e.g. Toyohisa</source>
        <translation>например, Тоёхиса</translation>
    </message>
    <message>
        <source>e.g. Kozuki</source>
        <translation>например, Кодзуки</translation>
    </message>
    <message>
        <source>Optional, e.g. Vadimovich</source>
        <translation>Необязательно, например Вадимович</translation>
    </message>
    <message>
        <source>The father&apos;s name, as in Russian, e.g. Вадимович; optional</source>
        <translation>Отчество, образованное от имени отца, например Вадимович; необязательно</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Имя, затем фамилия</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Фамилия, затем имя</translation>
    </message>
    <message>
        <source>e.g. toh-yoh-HEE-sah koh-ZOO-kee</source>
        <translation>например: то-ё-ХИ-са ко-ДЗУ-ки</translation>
    </message>
    <message>
        <source>How the name is said, printed only on the moderator&apos;s brief; optional</source>
        <translation>Как произносится имя (печатается только в памятке модератора); необязательно</translation>
    </message>
    <message>
        <source>In its own script, e.g. 上月豊久, Андрей Кортунов</source>
        <translation>В оригинальном написании, например 上月豊久, Андрей Кортунов</translation>
    </message>
    <message>
        <source>e.g. Japan</source>
        <translation>например, Япония</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>&amp;Обращение:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>О&amp;тчество:</translation>
    </message>
    <message>
        <source>Name &amp;order:</source>
        <translation>&amp;Порядок имён:</translation>
    </message>
    <message>
        <source>Own-script &amp;name:</source>
        <translation>Имя в о&amp;ригинальном написании:</translation>
    </message>
    <message>
        <source>Pron&amp;unciation:</source>
        <translation>Про&amp;изношение:</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>&amp;Выбрать фото…</translation>
    </message>
    <message>
        <source>Any image file; it is scaled down to 600 pixels and stored</source>
        <translation>Любой файл изображения; он уменьшается до 600 пикселей и сохраняется</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>&amp;Удалить фото</translation>
    </message>
    <message>
        <source>The photo as printed in the bios booklet</source>
        <translation>Фото в том виде, в каком оно будет напечатано в буклете биографий</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Тел&amp;ефон:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Position, e.g. Director General</source>
        <translation>Должность, например генеральный директор</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>The first affiliation is the one shown on name cards and in lists. Double-click a position to change it.</source>
        <translation>На именных табличках и в списках указывается первая организация. Чтобы изменить должность, дважды щёлкните по ней.</translation>
    </message>
    <message>
        <source>A short biography, as it should appear in the bios booklet. Separate paragraphs with an empty line.</source>
        <translation>Краткая биография в том виде, в каком она должна появиться в буклете биографий. Разделяйте абзацы пустой строкой.</translation>
    </message>
    <message>
        <source>Internal notes (not printed)</source>
        <translation>Внутренние заметки (не печатаются)</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Биография:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Shown as: {name}</source>
        <translation>Отображается как: {name}</translation>
    </message>
    <message>
        <source>Plain text: paragraphs are separated by an empty line.</source>
        <translation>Обычный текст: абзацы разделяются пустой строкой.</translation>
    </message>
    <message numerus="yes">
        <source>in %n paragraphs</source>
        <translation>
            <numerusform>в %n абзаце</numerusform>
            <numerusform>в %n абзацах</numerusform>
            <numerusform>в %n абзацах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words {in_paragraphs} — long for a booklet page; about 150 words fit well</source>
        <translation>
            <numerusform>%n слово {in_paragraphs} — длинновато для страницы буклета; лучше всего около 150 слов</numerusform>
            <numerusform>%n слова {in_paragraphs} — длинновато для страницы буклета; лучше всего около 150 слов</numerusform>
            <numerusform>%n слов {in_paragraphs} — длинновато для страницы буклета; лучше всего около 150 слов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words {in_paragraphs}</source>
        <translation>
            <numerusform>%n слово {in_paragraphs}</numerusform>
            <numerusform>%n слова {in_paragraphs}</numerusform>
            <numerusform>%n слов {in_paragraphs}</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выбор фото</translation>
    </message>
    <message>
        <source>{organisation}  (new)</source>
        <translation>{organisation}  (новая)</translation>
    </message>
    <message>
        <source>A person needs a given name or a family name.</source>
        <translation>Укажите имя или фамилию.</translation>
    </message>
    <message>
        <source>“{email}” does not look like an email address.</source>
        <translation>«{email}» не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Select a person on the left to see their page here. Select two to merge them.</source>
        <translation>Выберите человека слева, чтобы увидеть здесь его страницу. Выберите двоих, чтобы объединить их записи.</translation>
    </message>
    <message>
        <source>Patronymic: {patronymic}</source>
        <translation>Отчество: {patronymic}</translation>
    </message>
    <message>
        <source>No bio yet.</source>
        <translation>Биографии пока нет.</translation>
    </message>
    <message>
        <source>Double-click to show this event</source>
        <translation>Дважды щёлкните, чтобы открыть это мероприятие</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Events of this person</source>
        <translation>Мероприятия этого человека</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt; ({count}) — double-click one to show it</source>
        <translation>&lt;b&gt;Мероприятия&lt;/b&gt; ({count}) — дважды щёлкните, чтобы открыть</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;: none yet</source>
        <translation>&lt;b&gt;Мероприятия&lt;/b&gt;: пока нет</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>the file {file} cannot be read as an image ({reason})</source>
        <translation>файл {file} не удаётся прочитать как изображение ({reason})</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>изображение пустое</translation>
    </message>
    <message>
        <source>the image could not be converted to {format}</source>
        <translation>не удалось преобразовать изображение в {format}</translation>
    </message>
    <message>
        <source>Everyone taking part, by role, one line each, after the programme. Leave it out to keep the programme to fewer pages.</source>
        <translation>Все участники по ролям, по строке на каждого, после программы. Отключите, чтобы программа заняла меньше страниц.</translation>
    </message>
    <message>
        <source>Participants by &amp;role</source>
        <translation>Участники по &amp;ролям</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>This event has no participants yet, so the booklet would be empty.</source>
        <translation>У этого мероприятия пока нет участников, поэтому буклет был бы пустым.</translation>
    </message>
    <message>
        <source>This event has no minutes yet: write them on the Log tab&apos;s Minutes page (Log ▸ Minutes).</source>
        <translation>У этого мероприятия пока нет протокола: его можно написать на вкладке «Журнал», на странице «Протокол» (Журнал ▸ Протокол).</translation>
    </message>
    <message>
        <source>Each speaker is printed as a description (“a Japanese participant”, “the moderator”) and the attendance as counts, as the Chatham House Rule asks.</source>
        <translation>Каждый выступающий указывается описанием («участник из Японии», «модератор»), а присутствовавшие — числом, как того требует правило Чатем-хауса.</translation>
    </message>
    <message>
        <source>This event was held off the record: its minutes are not meant to leave the room. Save or print them anyway?</source>
        <translation>Мероприятие проходило не для записи: его протокол не предназначен для распространения за пределами зала. Всё равно сохранить или напечатать его?</translation>
    </message>
    <message>
        <source>Check at least one part of the log to print.</source>
        <translation>Отметьте хотя бы одну часть журнала для печати.</translation>
    </message>
    <message>
        <source>Markdown, for a wiki or a text editor (*.md)</source>
        <translation>Markdown для вики или текстового редактора (*.md)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Minutes (none written yet)</source>
        <translation>Протокол (ещё не написан)</translation>
    </message>
    <message>
        <source>Non-attributed: speakers by role, not by name</source>
        <translation>Без указания имён: выступающие по роли, а не по имени</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Режим цитирования</translation>
    </message>
    <message>
        <source>• {where}: {excerpt}</source>
        <translation>• {where}: {excerpt}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>These texts still name a participant; rephrase them on the Log tab, or go on and keep them as they are:</source>
        <translation>В этих текстах всё ещё названы участники; переформулируйте их на вкладке «Журнал» или продолжите, оставив их как есть:</translation>
    </message>
    <message>
        <source>This event has no seating plan yet: make one on the Seating tab.</source>
        <translation>У этого мероприятия пока нет плана рассадки: создайте его на вкладке «Рассадка».</translation>
    </message>
    <message>
        <source>The cards follow this plan&apos;s seats when they are ordered by seat.</source>
        <translation>При сортировке по местам таблички идут в порядке мест этого плана.</translation>
    </message>
    <message>
        <source>Only the order by seat follows a seating plan.</source>
        <translation>План рассадки учитывается только при сортировке по местам.</translation>
    </message>
    <message>
        <source>Honorific (Ambassador, Dr, Prof.)</source>
        <translation>Обращение (посол, д-р, проф.)</translation>
    </message>
    <message>
        <source>Family name in capitals</source>
        <translation>Фамилия прописными буквами</translation>
    </message>
    <message>
        <source>Andrey KORTUNOV, KOZUKI Toyohisa: tells a reader from another culture which name is the family name</source>
        <translation>Andrey KORTUNOV, KOZUKI Toyohisa: помогает читателю из другой культуры понять, где фамилия</translation>
    </message>
    <message>
        <source>Name in the person&apos;s own script</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <source>Андрей Кортунов, 上月豊久 on its own line under the name</source>
        <translation>Андрей Кортунов, 上月豊久 — отдельной строкой под именем</translation>
    </message>
    <message>
        <source>Position with the affiliation</source>
        <translation>Должность вместе с организацией</translation>
    </message>
    <message>
        <source>Delegation (or country)</source>
        <translation>Делегация (или страна)</translation>
    </message>
    <message>
        <source>The delegation, or the person&apos;s country when they have none</source>
        <translation>Делегация или, если её нет, страна человека</translation>
    </message>
    <message>
        <source>Event&apos;s short title at the foot</source>
        <translation>Краткое название мероприятия внизу</translation>
    </message>
    <message>
        <source>One name size for the whole set</source>
        <translation>Единый размер имён для всего комплекта</translation>
    </message>
    <message>
        <source>The names all print in the size the longest of them fits; the few longer names wrap onto more lines. Off: each name as large as its card allows</source>
        <translation>Все имена печатаются одним размером — тем, при котором помещается самое длинное из них; немногие ещё более длинные имена переносятся на несколько строк. Если выключено, каждое имя печатается так крупно, как позволяет табличка</translation>
    </message>
    <message>
        <source>Dashed fold line</source>
        <translation>Пунктирная линия сгиба</translation>
    </message>
    <message>
        <source>Cut marks between cards</source>
        <translation>Метки обреза между табличками</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Sheet layout</source>
        <translation>Раскладка листа</translation>
    </message>
    <message>
        <source>Who gets a card</source>
        <translation>Для кого таблички</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected in the Participants tab</source>
        <translation>
            <numerusform>Только %n выбранный на вкладке «Участники»</numerusform>
            <numerusform>Только %n выбранных на вкладке «Участники»</numerusform>
            <numerusform>Только %n выбранных на вкладке «Участники»</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the person selected in the Participants tab</source>
        <translation>Только человек, выбранный на вкладке «Участники»</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>All checked: everyone, with or without a delegation. Uncheck some to print only the members of the others.</source>
        <translation>Если отмечены все — печатаются все, с делегацией и без. Снимите некоторые отметки, чтобы напечатать только членов остальных делегаций.</translation>
    </message>
    <message>
        <source>Delegations:</source>
        <translation>Делегации:</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>Статус участия:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>План рассадки</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Порядок:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>On each card</source>
        <translation>На каждой табличке</translation>
    </message>
    <message>
        <source>This layout prints one card per sheet: there is nothing to cut</source>
        <translation>При этой раскладке на каждом листе одна табличка: резать нечего</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n табличка</numerusform>
            <numerusform>%n таблички</numerusform>
            <numerusform>%n табличек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cards} on %n sheets</source>
        <translation>
            <numerusform>{cards} на %n листе</numerusform>
            <numerusform>{cards} на %n листах</numerusform>
            <numerusform>{cards} на %n листах</numerusform>
        </translation>
    </message>
    <message>
        <source>This event has no participants yet: add them in the Participants tab.</source>
        <translation>У этого мероприятия пока нет участников: добавьте их на вкладке «Участники».</translation>
    </message>
    <message>
        <source>Check at least one attendance status.</source>
        <translation>Отметьте хотя бы один статус участия.</translation>
    </message>
    <message>
        <source>Check at least one role.</source>
        <translation>Отметьте хотя бы одну роль.</translation>
    </message>
    <message>
        <source>Check at least one delegation.</source>
        <translation>Отметьте хотя бы одну делегацию.</translation>
    </message>
    <message>
        <source>No participant matches these choices.</source>
        <translation>Ни один участник не соответствует выбранным условиям.</translation>
    </message>
    <message>
        <source>Set for the venue’s country. The paper you pick is remembered.</source>
        <translation>Выбрано по стране места проведения. Выбранная бумага запоминается.</translation>
    </message>
    <message>
        <source>A3 (for big plans)</source>
        <translation>A3 (для больших планов)</translation>
    </message>
    <message>
        <source>Tabloid (for big plans)</source>
        <translation>Tabloid (для больших планов)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Уменьшить (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Making the pages…</source>
        <translation>Создание страниц…</translation>
    </message>
    <message>
        <source>Progress of the preview</source>
        <translation>Ход подготовки просмотра</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop making the preview</source>
        <translation>Остановить подготовку просмотра</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>Сообщение просмотра</translation>
    </message>
    <message>
        <source>The preview file cannot be read ({error}).</source>
        <translation>Не удаётся прочитать файл предварительного просмотра ({error}).</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>US Legal</source>
        <translation>US Legal</translation>
    </message>
    <message>
        <source>{paper} landscape</source>
        <translation>{paper}, альбомная</translation>
    </message>
    <message>
        <source>{paper} portrait</source>
        <translation>{paper}, книжная</translation>
    </message>
    <message>
        <source>{width} × {height} mm</source>
        <translation>{width} × {height} мм</translation>
    </message>
    <message>
        <source>cannot read {path} to print it ({error})</source>
        <translation>не удаётся прочитать {path} для печати ({error})</translation>
    </message>
    <message>
        <source>there is no page to print in {path} in that range</source>
        <translation>в {path} нет страниц для печати в этом диапазоне</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is connected</source>
        <translation>не удалось запустить принтер; проверьте, что он подключён</translation>
    </message>
    <message>
        <source>The pages could not be made because of an internal error ({error}).</source>
        <translation>Не удалось создать страницы из-за внутренней ошибки ({error}).</translation>
    </message>
    <message>
        <source>Wait for the preview: what is saved or printed is what the preview shows.</source>
        <translation>Дождитесь предварительного просмотра: сохраняется и печатается именно то, что в нём показано.</translation>
    </message>
    <message>
        <source>There is nothing to print with these options; the preview says why.</source>
        <translation>С этими параметрами печатать нечего; причина указана в окне просмотра.</translation>
    </message>
    <message>
        <source>The preview was stopped; make it again to save or print.</source>
        <translation>Подготовка просмотра остановлена; чтобы сохранить или напечатать, создайте его заново.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print — {event}</source>
        <translation>Печать — {event}</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Что печатать</translation>
    </message>
    <message>
        <source>Pr&amp;int:</source>
        <translation>&amp;Что печатать:</translation>
    </message>
    <message>
        <source>Print status</source>
        <translation>Состояние печати</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>The language the document is written in: its words and its dates. The program&apos;s windows keep their own.</source>
        <translation>Язык, на котором составлен документ: его текст и даты. Окна программы сохраняют свой язык.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Нечего печатать</translation>
    </message>
    <message>
        <source>The {document} cannot be made</source>
        <translation>Не удаётся создать документ: {document}</translation>
    </message>
    <message>
        <source>The preview cannot be made</source>
        <translation>Не удаётся создать предварительный просмотр</translation>
    </message>
    <message>
        <source>There is no temporary folder for it: {reason}.</source>
        <translation>Для него нет временной папки: {reason}.</translation>
    </message>
    <message>
        <source>Making the {document}…</source>
        <translation>Создание документа: {document}…</translation>
    </message>
    <message>
        <source>The preview cannot be shown</source>
        <translation>Не удаётся показать предварительный просмотр</translation>
    </message>
    <message>
        <source>The {document} could not be made</source>
        <translation>Не удалось создать документ: {document}</translation>
    </message>
    <message>
        <source>Change an option to try again.</source>
        <translation>Измените какой-либо параметр, чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>The preview was stopped</source>
        <translation>Подготовка просмотра остановлена</translation>
    </message>
    <message>
        <source>Nothing is saved or printed until the pages are made.</source>
        <translation>Пока страницы не созданы, ничего не сохраняется и не печатается.</translation>
    </message>
    <message>
        <source>&amp;Make the preview</source>
        <translation>Со&amp;здать просмотр</translation>
    </message>
    <message numerus="yes">
        <source>%n pages · {paper}</source>
        <translation>
            <numerusform>%n страница · {paper}</numerusform>
            <numerusform>%n страницы · {paper}</numerusform>
            <numerusform>%n страниц · {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save these pages as a PDF file (Ctrl+S)</source>
        <translation>Сохранить эти страницы в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print these pages (Ctrl+P)</source>
        <translation>Напечатать эти страницы (Ctrl+P)</translation>
    </message>
    <message>
        <source>{document}: {done}</source>
        <translation>{document}: {done}</translation>
    </message>
    <message>
        <source>Save the {document}</source>
        <translation>Сохранить документ: {document}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>saved to {path}</source>
        <translation>сохранено в {path}</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Отправка страниц на принтер…</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>печать отменена</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>принтер</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to {printer}</source>
        <translation>
            <numerusform>%n страница отправлена на {printer}</numerusform>
            <numerusform>%n страницы отправлены на {printer}</numerusform>
            <numerusform>%n страниц отправлено на {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n plans</source>
        <translation>
            <numerusform>Все планы (%n)</numerusform>
            <numerusform>Все планы (%n)</numerusform>
            <numerusform>Все планы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No plans</source>
        <translation>Нет планов</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>No particular day</source>
        <translation>Без привязки к дню</translation>
    </message>
    <message>
        <source>Edit seating plan</source>
        <translation>Изменить план рассадки</translation>
    </message>
    <message>
        <source>New seating plan</source>
        <translation>Новый план рассадки</translation>
    </message>
    <message>
        <source>e.g. Main table, Day 2 dinner</source>
        <translation>например, «Главный стол», «Ужин, день 2»</translation>
    </message>
    <message>
        <source>Shared out evenly</source>
        <translation>Поровну</translation>
    </message>
    <message>
        <source>As many as needed</source>
        <translation>Сколько потребуется</translation>
    </message>
    <message>
        <source>The event has no programme days (see its Agenda tab)</source>
        <translation>У мероприятия нет дней программы (см. вкладку «Программа»)</translation>
    </message>
    <message>
        <source>Table &amp;shape:</source>
        <translation>&amp;Форма стола:</translation>
    </message>
    <message>
        <source>Number of s&amp;eats:</source>
        <translation>Число &amp;мест:</translation>
    </message>
    <message>
        <source>Seats per si&amp;de:</source>
        <translation>Мест на каждой &amp;стороне:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Число рядов:</translation>
    </message>
    <message>
        <source>&amp;Head seat:</source>
        <translation>Место во &amp;главе стола:</translation>
    </message>
    <message>
        <source>Main table</source>
        <translation>Главный стол</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Стол {number}</translation>
    </message>
    <message>
        <source>Seats per &amp;row:</source>
        <translation>Мест в р&amp;яду:</translation>
    </message>
    <message>
        <source>A round table shares its seats all round</source>
        <translation>У круглого стола места распределены по всему кругу</translation>
    </message>
    <message>
        <source>All of this table&apos;s seats are on its one side</source>
        <translation>Все места этого стола — с одной стороны</translation>
    </message>
    <message>
        <source>Only classroom layouts have rows</source>
        <translation>Ряды есть только в расстановке «класс»</translation>
    </message>
    <message>
        <source>Seat {number} is where the head usually sits at this table.</source>
        <translation>Место {number} обычно занимает тот, кто сидит во главе этого стола.</translation>
    </message>
    <message>
        <source>The plan needs a name.</source>
        <translation>Укажите название плана.</translation>
    </message>
    <message>
        <source>This event already has a plan called “{name}”.</source>
        <translation>У этого мероприятия уже есть план «{name}».</translation>
    </message>
    <message>
        <source>Auto-seat “{plan}”</source>
        <translation>Автоматическая рассадка: «{plan}»</translation>
    </message>
    <message>
        <source>Fills the plan&apos;s seats from the participants by these rules. Locked seats keep whoever is in them, labelled seats stay free for their purpose, and people who declined are left out. Everyone else&apos;s seat may change (Edit ▸ Undo puts them back).</source>
        <translation>Заполняет места плана участниками по этим правилам. Закреплённые места остаются за теми, кто их занимает, места с меткой остаются свободными для своего назначения, а отказавшиеся не рассаживаются. Места всех остальных могут измениться (Правка ▸ Отменить вернёт их обратно).</translation>
    </message>
    <message>
        <source>&amp;Moderator or chair at the head</source>
        <translation>&amp;Модератор или председатель во главе стола</translation>
    </message>
    <message>
        <source>&amp;Host at the head&apos;s right, guest of honour at its left</source>
        <translation>&amp;Организатор справа от сидящего во главе стола, почётный гость — слева</translation>
    </message>
    <message>
        <source>By precedence: {name}</source>
        <translation>По старшинству: {name}</translation>
    </message>
    <message>
        <source>By precedence: nobody</source>
        <translation>По старшинству: никто</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Who sits at the head&apos;s left. Unless you choose someone (or nobody), it is the first by precedence who is not the host, moderator or chair.</source>
        <translation>Кто сидит слева от сидящего во главе стола. Если не выбрать никого конкретно (или «Никто»), это первый по старшинству участник, который не является организатором, модератором или председателем.</translation>
    </message>
    <message>
        <source>This event has fewer than two delegations</source>
        <translation>У этого мероприятия меньше двух делегаций</translation>
    </message>
    <message>
        <source>Alternate: each delegate sits beside members of the other delegations. Facing: the two leading delegations sit across the table from each other.</source>
        <translation>Чередование: каждый член делегации сидит рядом с членами других делегаций. Друг напротив друга: две ведущие делегации сидят по разные стороны стола.</translation>
    </message>
    <message>
        <source>By &amp;precedence, alternating right and left of the head</source>
        <translation>По &amp;старшинству, поочерёдно справа и слева от места во главе стола</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep the plan&apos;s pair rules (%n rules)</source>
        <translation>
            <numerusform>&amp;Соблюдать правила для пар этого плана (%n правило)</numerusform>
            <numerusform>&amp;Соблюдать правила для пар этого плана (%n правила)</numerusform>
            <numerusform>&amp;Соблюдать правила для пар этого плана (%n правил)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the plan&apos;s pair rules (it has none yet)</source>
        <translation>&amp;Соблюдать правила для пар этого плана (их пока нет)</translation>
    </message>
    <message>
        <source>&amp;Guest of honour:</source>
        <translation>&amp;Почётный гость:</translation>
    </message>
    <message>
        <source>&amp;Delegations:</source>
        <translation>&amp;Делегации:</translation>
    </message>
    <message>
        <source>&amp;Seat everyone</source>
        <translation>&amp;Рассадить всех</translation>
    </message>
    <message>
        <source>Nobody is seated as guest of honour: that seat goes by precedence.</source>
        <translation>Почётный гость не назначается: это место занимается по старшинству.</translation>
    </message>
    <message>
        <source>{name} is the guest of honour, as you choose.</source>
        <translation>Почётный гость — {name}, по вашему выбору.</translation>
    </message>
    <message>
        <source>{name} is the first by precedence who is not the host, moderator or chair; choose someone else, or nobody, here.</source>
        <translation>{name} — первый по старшинству участник, который не является организатором, модератором или председателем; здесь можно выбрать другого человека или «Никто».</translation>
    </message>
    <message>
        <source>Nobody qualifies: everyone left is the host, moderator or chair.</source>
        <translation>Подходящих участников нет: все оставшиеся — организаторы, модераторы или председатели.</translation>
    </message>
    <message>
        <source>New pair rule</source>
        <translation>Новое правило для пары</translation>
    </message>
    <message>
        <source>Keep them &amp;together (side by side)</source>
        <translation>Посадить &amp;рядом (бок о бок)</translation>
    </message>
    <message>
        <source>Keep them &amp;apart (not side by side)</source>
        <translation>Посадить &amp;отдельно (не рядом)</translation>
    </message>
    <message>
        <source>&amp;First person:</source>
        <translation>&amp;Первый участник:</translation>
    </message>
    <message>
        <source>&amp;Second person:</source>
        <translation>&amp;Второй участник:</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Выберите двух разных людей.</translation>
    </message>
    <message>
        <source>Label seat {number}</source>
        <translation>Метка места {number}</translation>
    </message>
    <message>
        <source>Keep this seat for (e.g. Press, Interpreter); leave empty for a participant&apos;s seat:</source>
        <translation>Для кого зарезервировать место (например, «Пресса», «Переводчик»); оставьте поле пустым, если место предназначено для участника:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: every rule kept.</source>
        <translation>&lt;b&gt;Оценка {score}&lt;/b&gt;: все правила соблюдены.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: %n rules broken (0 is best).</source>
        <translation>
            <numerusform>&lt;b&gt;Оценка {score}&lt;/b&gt;: нарушено %n правило (лучший результат — 0).</numerusform>
            <numerusform>&lt;b&gt;Оценка {score}&lt;/b&gt;: нарушено %n правила (лучший результат — 0).</numerusform>
            <numerusform>&lt;b&gt;Оценка {score}&lt;/b&gt;: нарушено %n правил (лучший результат — 0).</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat {number}</source>
        <translation>Место {number}</translation>
    </message>
    <message>
        <source>head of the table</source>
        <translation>во главе стола</translation>
    </message>
    <message>
        <source>(not a participant)</source>
        <translation>(не участник)</translation>
    </message>
    <message>
        <source>kept for: {label}</source>
        <translation>зарезервировано: {label}</translation>
    </message>
    <message>
        <source>locked</source>
        <comment>seat</comment>
        <translation>закреплено</translation>
    </message>
    <message>
        <source>head seat</source>
        <translation>место во главе стола</translation>
    </message>
    <message>
        <source>padlock: locked</source>
        <translation>замок: закреплено</translation>
    </message>
    <message>
        <source>dashed circle: empty</source>
        <translation>пунктирный круг: свободно</translation>
    </message>
    <message>
        <source>Guest of honour by precedence: {name} (choose another in Auto-seat…)</source>
        <translation>Почётный гость по старшинству: {name} (другого можно выбрать через «Рассадить автоматически…»)</translation>
    </message>
    <message>
        <source>Guest of honour: {name}</source>
        <translation>Почётный гость: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n seats taken</source>
        <translation>
            <numerusform>занято %n место</numerusform>
            <numerusform>занято %n места</numerusform>
            <numerusform>занято %n мест</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats taken, nobody moved</source>
        <translation>
            <numerusform>занято %n место, никто не пересажен</numerusform>
            <numerusform>занято %n места, никто не пересажен</numerusform>
            <numerusform>занято %n мест, никто не пересажен</numerusform>
        </translation>
    </message>
    <message>
        <source>every rule kept</source>
        <translation>все правила соблюдены</translation>
    </message>
    <message numerus="yes">
        <source>%n rules broken, listed under Rules broken</source>
        <translation>
            <numerusform>нарушено %n правило, см. «Нарушенные правила»</numerusform>
            <numerusform>нарушено %n правила, см. «Нарушенные правила»</numerusform>
            <numerusform>нарушено %n правил, см. «Нарушенные правила»</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-seated “{plan}”: {seats}; score {score}, {rules}.</source>
        <translation>Автоматическая рассадка «{plan}»: {seats}; оценка {score}, {rules}.</translation>
    </message>
    <message>
        <source>{auto_seated} {guest_of_honour}.</source>
        <translation>{auto_seated} {guest_of_honour}.</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Во главе стола</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Guest of honour</source>
        <translation>Почётный гость</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>Посадить рядом</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>Посадить отдельно</translation>
    </message>
    <message>
        <source>No seat</source>
        <translation>Нет места</translation>
    </message>
    <message>
        <source>Delegation side</source>
        <translation>Сторона делегации</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>Старшинство</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказался</translation>
    </message>
    <message>
        <source>Not a participant</source>
        <translation>Не участник</translation>
    </message>
    <message>
        <source>Two seats</source>
        <translation>Два места</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no seats</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>{rule} · costs {penalty} · seats {seats}</source>
        <translation>{rule} · штраф {penalty} · места {seats}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>Keep {first} and {second} together</source>
        <translation>Посадить рядом: {first} и {second}</translation>
    </message>
    <message>
        <source>Keep {first} and {second} apart</source>
        <translation>Посадить отдельно: {first} и {second}</translation>
    </message>
    <message>
        <source>No seating plan yet</source>
        <translation>Плана рассадки пока нет</translation>
    </message>
    <message>
        <source>A seating plan sets out the tables — round, boardroom, U-shape, classroom rows and more — and who sits where. Create one, then drag people onto the seats or let auto seating place them by precedence, role and delegation.</source>
        <translation>План рассадки описывает столы — круглые, переговорные, П-образные, ряды «класс» и другие — и то, кто где сидит. Создайте план, а затем перетащите людей на места или доверьте автоматической рассадке расставить их по старшинству, роли и делегации.</translation>
    </message>
    <message>
        <source>&amp;New seating plan…</source>
        <translation>&amp;Новый план рассадки…</translation>
    </message>
    <message>
        <source>Add this event&apos;s first plan</source>
        <translation>Добавить первый план рассадки этого мероприятия</translation>
    </message>
    <message>
        <source>Un&amp;seated</source>
        <translation>&amp;Без места</translation>
    </message>
    <message>
        <source>Unseated participants</source>
        <translation>Участники без места</translation>
    </message>
    <message>
        <source>Seat at selected seat</source>
        <translation>Посадить на выбранное место</translation>
    </message>
    <message>
        <source>The selected person (Return)</source>
        <translation>Посадить выбранного человека (Return)</translation>
    </message>
    <message>
        <source>Rules bro&amp;ken</source>
        <translation>Нарушенные &amp;правила</translation>
    </message>
    <message>
        <source>Rules the plan breaks</source>
        <translation>Правила, которые нарушает план</translation>
    </message>
    <message>
        <source>Select a line to ring its seats in red.</source>
        <translation>Выберите строку, чтобы обвести её места красным.</translation>
    </message>
    <message>
        <source>Keep to&amp;gether or apart</source>
        <translation>&amp;Рядом или отдельно</translation>
    </message>
    <message>
        <source>Pair rules</source>
        <translation>Правила для пар</translation>
    </message>
    <message>
        <source>Add &amp;rule…</source>
        <translation>Добавить п&amp;равило…</translation>
    </message>
    <message>
        <source>Two people who must, or must not, sit side by side</source>
        <translation>Два человека, которые должны или не должны сидеть рядом</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <source>Remove the selected rule (Delete)</source>
        <translation>Удалить выбранное правило (Delete)</translation>
    </message>
    <message>
        <source>Seat {number} is locked; unlock it to move who sits there.</source>
        <translation>Место {number} закреплено; открепите его, чтобы пересадить того, кто на нём сидит.</translation>
    </message>
    <message>
        <source>Front of the room</source>
        <translation>Передняя часть зала</translation>
    </message>
    <message>
        <source>Select a seat in the drawing first (click it, or use the arrow keys)</source>
        <translation>Сначала выберите место на схеме (щёлкните по нему или воспользуйтесь клавишами со стрелками)</translation>
    </message>
    <message>
        <source>This window is read-only</source>
        <translation>Это окно открыто только для чтения</translation>
    </message>
    <message>
        <source>Create a seating plan first</source>
        <translation>Сначала создайте план рассадки</translation>
    </message>
    <message>
        <source>Select an event first</source>
        <translation>Сначала выберите мероприятие</translation>
    </message>
    <message>
        <source>Seat {number} is locked; unlock it first</source>
        <translation>Место {number} закреплено; сначала открепите его</translation>
    </message>
    <message>
        <source>Seat {number} is empty</source>
        <translation>Место {number} свободно</translation>
    </message>
    <message>
        <source>Select someone in the Unseated list first</source>
        <translation>Сначала выберите человека в списке «Без места»</translation>
    </message>
    <message>
        <source>Click a seat, or use the arrow keys in the drawing.</source>
        <translation>Щёлкните по месту или воспользуйтесь клавишами со стрелками на схеме.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seat {number}&lt;/b&gt;: {name}</source>
        <translation>&lt;b&gt;Место {number}&lt;/b&gt;: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seat {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Место {number}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>kept for {label}</source>
        <translation>зарезервировано: {label}</translation>
    </message>
    <message>
        <source>head</source>
        <comment>seat</comment>
        <translation>во главе стола</translation>
    </message>
    <message>
        <source>Drag a name onto a seat, or select it and a seat and press Return.</source>
        <translation>Перетащите имя на место или выберите человека и место и нажмите Return.</translation>
    </message>
    <message numerus="yes">
        <source>%n declined and are not listed.</source>
        <translation>
            <numerusform>%n участник отказался и не показан в списке.</numerusform>
            <numerusform>%n участника отказались и не показаны в списке.</numerusform>
            <numerusform>%n участников отказались и не показаны в списке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event on the left to see its seating plans.</source>
        <translation>Выберите мероприятие слева, чтобы увидеть его планы рассадки.</translation>
    </message>
    <message>
        <source>Seating plan drawing</source>
        <translation>Схема плана рассадки</translation>
    </message>
    <message>
        <source>Seating pla&amp;n:</source>
        <translation>План &amp;рассадки:</translation>
    </message>
    <message>
        <source>Ne&amp;w plan…</source>
        <translation>Н&amp;овый план…</translation>
    </message>
    <message>
        <source>Add a seating plan</source>
        <translation>Добавить план рассадки</translation>
    </message>
    <message>
        <source>Ed&amp;it plan…</source>
        <translation>&amp;Изменить план…</translation>
    </message>
    <message>
        <source>Name, table shape, seats, head seat and day</source>
        <translation>Название, форма стола, места, место во главе стола и день</translation>
    </message>
    <message>
        <source>De&amp;lete plan</source>
        <translation>&amp;Удалить план</translation>
    </message>
    <message>
        <source>Delete this seating plan (can be undone)</source>
        <translation>Удалить этот план рассадки (можно отменить)</translation>
    </message>
    <message>
        <source>A&amp;uto-seat…</source>
        <translation>Рассадить &amp;автоматически…</translation>
    </message>
    <message>
        <source>Fill the unlocked seats by the rules you choose</source>
        <translation>Заполнить незакреплённые места по выбранным правилам</translation>
    </message>
    <message>
        <source>&amp;Clear unlocked seats</source>
        <translation>Освободить &amp;незакреплённые места</translation>
    </message>
    <message>
        <source>Empty every seat that is not locked</source>
        <translation>Освободить все места, кроме закреплённых</translation>
    </message>
    <message>
        <source>Print c&amp;hart…</source>
        <translation>Печать с&amp;хемы…</translation>
    </message>
    <message>
        <source>See the seating chart&apos;s pages, then save them as a PDF or print them</source>
        <translation>Просмотреть страницы схемы рассадки, а затем сохранить их в PDF или напечатать</translation>
    </message>
    <message>
        <source>Unseat</source>
        <translation>Освободить</translation>
    </message>
    <message>
        <source>Empty the seat (Delete)</source>
        <translation>Освободить место (Delete)</translation>
    </message>
    <message>
        <source>Move to seat…</source>
        <translation>Пересадить…</translation>
    </message>
    <message>
        <source>Move, or swap with another seat&apos;s occupant</source>
        <translation>Пересадить на другое место или поменять местами с тем, кто там сидит</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Lock or unlock (Ctrl+L)</source>
        <translation>Закрепить или открепить (Ctrl+L)</translation>
    </message>
    <message>
        <source>Label…</source>
        <translation>Метка…</translation>
    </message>
    <message>
        <source>Keep the seat for, e.g., the press (F2)</source>
        <translation>Зарезервировать место, например, для прессы (F2)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Show the whole table (Ctrl+0)</source>
        <translation>Показать весь стол (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit the table</source>
        <translation>Вписать стол</translation>
    </message>
    <message>
        <source>Lock seat</source>
        <translation>Закрепить место</translation>
    </message>
    <message>
        <source>Seat selected person here</source>
        <translation>Посадить сюда выбранного человека</translation>
    </message>
    <message>
        <source>Set label…</source>
        <translation>Задать метку…</translation>
    </message>
    <message>
        <source>Every unlocked seat is already empty</source>
        <translation>Все незакреплённые места уже свободны</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Unlock seat</source>
        <translation>Открепить место</translation>
    </message>
    <message>
        <source>Change label…</source>
        <translation>Изменить метку…</translation>
    </message>
    <message>
        <source>A rule needs two participants</source>
        <translation>Для правила нужны два участника</translation>
    </message>
    <message>
        <source>Select a rule first</source>
        <translation>Сначала выберите правило</translation>
    </message>
    <message>
        <source>Un&amp;seated ({count})</source>
        <translation>&amp;Без места ({count})</translation>
    </message>
    <message>
        <source>Delete seating plan</source>
        <translation>Удалить план рассадки</translation>
    </message>
    <message>
        <source>Delete the seating plan “{plan}” with everyone&apos;s seats in it? (Edit ▸ Undo brings it back.)</source>
        <translation>Удалить план рассадки «{plan}» вместе с рассадкой всех участников? (Вернуть его можно командой Правка ▸ Отменить.)</translation>
    </message>
    <message>
        <source>Seat {number} is locked; unlock it before seating anyone there.</source>
        <translation>Место {number} закреплено; открепите его, прежде чем кого-либо туда сажать.</translation>
    </message>
    <message>
        <source>Select a seat in the drawing first.</source>
        <translation>Сначала выберите место на схеме.</translation>
    </message>
    <message>
        <source>Select someone in the Unseated list first.</source>
        <translation>Сначала выберите человека в списке «Без места».</translation>
    </message>
    <message>
        <source>Seat {number} is locked; unlock it first.</source>
        <translation>Место {number} закреплено; сначала открепите его.</translation>
    </message>
    <message>
        <source>Move to seat</source>
        <translation>Пересадить</translation>
    </message>
    <message>
        <source>Move {name} to seat (1–{last}); whoever sits there takes seat {seat}:</source>
        <translation>{name}: новое место (1–{last}); тот, кто сейчас на нём сидит, перейдёт на место {seat}:</translation>
    </message>
    <message>
        <source>Seat {number}: {name}</source>
        <translation>Место {number}: {name}</translation>
    </message>
    <message>
        <source>Seat {name} here</source>
        <translation>Посадить сюда: {name}</translation>
    </message>
    <message>
        <source>Clear label</source>
        <translation>Убрать метку</translation>
    </message>
    <message>
        <source>Plan roundtables, panels and multi-day dialogues offline: events, series and rounds, hosts and partners, delegations and participants.</source>
        <translation>Планирование круглых столов, панельных дискуссий и многодневных диалогов без подключения к сети: мероприятия, серии и раунды, организаторы и партнёры, делегации и участники.</translation>
    </message>
    <message>
        <source>Qt {qt_version}, PySide6 {pyside_version}. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Qt {qt_version}, PySide6 {pyside_version}. Распространяется на условиях GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>Roundtable could not start.

{reason}</source>
        <translation>Не удалось запустить Roundtable.

{reason}</translation>
    </message>
    <message>
        <source>Roundtable cannot open the database.

{reason}</source>
        <translation>Roundtable не удаётся открыть базу данных.

{reason}</translation>
    </message>
    <message>
        <source>A backup with an unknown number of events was saved in the folder
{folder}
as {file}.</source>
        <translation>Резервная копия с неизвестным числом мероприятий сохранена в папке
{folder}
под именем {file}.</translation>
    </message>
    <message numerus="yes">
        <source>A backup with %n events was saved in the folder
{folder}
as {file}.</source>
        <translation>
            <numerusform>Резервная копия с %n мероприятием сохранена в папке
{folder}
под именем {file}.</numerusform>
            <numerusform>Резервная копия с %n мероприятиями сохранена в папке
{folder}
под именем {file}.</numerusform>
            <numerusform>Резервная копия с %n мероприятиями сохранена в папке
{folder}
под именем {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roundtable keeps the last %n backups and one from every month; File ▸ Restore from backup lists them.</source>
        <translation>
            <numerusform>Roundtable хранит %n последнюю резервную копию и по одной за каждый месяц; их список — в меню Файл ▸ Восстановить из резервной копии.</numerusform>
            <numerusform>Roundtable хранит последние %n резервные копии и по одной за каждый месяц; их список — в меню Файл ▸ Восстановить из резервной копии.</numerusform>
            <numerusform>Roundtable хранит последние %n резервных копий и по одной за каждый месяц; их список — в меню Файл ▸ Восстановить из резервной копии.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>{reason}

No backup was made.</source>
        <translation>{reason}

Резервная копия не создана.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is in {folder}</source>
        <translation>Сегодняшняя автоматическая резервная копия находится в папке {folder}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

Ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} was restored from the backup {backup}.</source>
        <translation>Файл {file} восстановлен из резервной копии, которая {backup}.</translation>
    </message>
    <message>
        <source>The file it replaced was kept, unchanged, as:
{path}</source>
        <translation>Заменённый файл сохранён без изменений под именем:
{path}</translation>
    </message>
    <message>
        <source>The database as it was before is kept too, as the backup “Before a restore” in File ▸ Restore from backup.</source>
        <translation>Прежнее состояние базы данных тоже сохранено — в резервной копии «Перед восстановлением» (Файл ▸ Восстановить из резервной копии).</translation>
    </message>
    <message>
        <source>Restored {file} from {backup}</source>
        <translation>Файл {file} восстановлен из {backup}</translation>
    </message>
    <message>
        <source>Waiting for other programs writing to the database to finish before restoring…</source>
        <translation>Перед восстановлением нужно дождаться, пока другие программы закончат запись в базу данных…</translation>
    </message>
    <message>
        <source>{reason}

Nothing was imported.</source>
        <translation>{reason}

Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>Мероприятие «{title}» экспортировано в {path}</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Мероприятий пока нет</translation>
    </message>
    <message>
        <source>Roundtable keeps your roundtables, panels and dialogues — who hosts them, who takes part, where and when — in one place on this computer.

Load the example events to look around, or create your first event.</source>
        <translation>Roundtable хранит ваши круглые столы, панельные дискуссии и диалоги — кто их организует, кто в них участвует, где и когда они проходят — в одном месте на этом компьютере.

Загрузите примеры мероприятий, чтобы осмотреться, или создайте своё первое мероприятие.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <source>event {number}</source>
        <translation>мероприятие № {number}</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <source>Delete “{title}”?

Its participant list, programme days and attachments are deleted with it. You can bring it back with Edit ▸ Undo.</source>
        <translation>Удалить «{title}»?

Вместе с мероприятием будут удалены список участников, дни программы и вложения. Вернуть его можно командой Правка ▸ Отменить.</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>Sea&amp;ting</source>
        <translation>&amp;Рассадка</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>Event overview</source>
        <translation>Обзор мероприятия</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>There are no events yet: create one (Ctrl+N) or load the examples to see its seating plans.</source>
        <translation>Мероприятий пока нет: создайте мероприятие (Ctrl+N) или загрузите примеры, чтобы увидеть их планы рассадки.</translation>
    </message>
    <message>
        <source>There are no events yet: create one (Ctrl+N) or load the examples to see its log.</source>
        <translation>Мероприятий пока нет: создайте мероприятие (Ctrl+N) или загрузите примеры, чтобы увидеть их журнал.</translation>
    </message>
    <message>
        <source>There are no events yet: create one (Ctrl+N) or load the examples.</source>
        <translation>Мероприятий пока нет: создайте мероприятие (Ctrl+N) или загрузите примеры.</translation>
    </message>
    <message>
        <source>Select an event in the list to see its seating plans.</source>
        <translation>Выберите мероприятие в списке, чтобы увидеть его планы рассадки.</translation>
    </message>
    <message>
        <source>Select an event in the list to see its log.</source>
        <translation>Выберите мероприятие в списке, чтобы увидеть его журнал.</translation>
    </message>
    <message>
        <source>Select an event in the list.</source>
        <translation>Выберите мероприятие в списке.</translation>
    </message>
    <message>
        <source>Filter by title, series, programme, venue, city…</source>
        <translation>Фильтр по названию, серии, программе, месту проведения, городу…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Фильтр мероприятий</translation>
    </message>
    <message>
        <source>{app} — {database} (read-only)</source>
        <translation>{app} — {database} (только чтение)</translation>
    </message>
    <message>
        <source>Shown with changes made elsewhere</source>
        <translation>Показаны изменения, внесённые в другом месте</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>Вернуть замечание</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Отклонить замечание</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>&amp;Перейти</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Not a problem for this event: list it apart</source>
        <translation>Для этого мероприятия это не проблема: показывать отдельно</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Проверка готовности</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Нужно исправить</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Стоит проверить</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Мероприятие не выбрано.</translation>
    </message>
    <message>
        <source>Nothing missing: the event is ready.</source>
        <translation>Всё на месте: мероприятие готово.</translation>
    </message>
    <message numerus="yes">
        <source>%n findings to fix before the event; the rest are worth a look.</source>
        <translation>
            <numerusform>До мероприятия нужно исправить %n замечание; остальные стоит проверить.</numerusform>
            <numerusform>До мероприятия нужно исправить %n замечания; остальные стоит проверить.</numerusform>
            <numerusform>До мероприятия нужно исправить %n замечаний; остальные стоит проверить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing blocks the event; some findings are worth a look.</source>
        <translation>Ничто не мешает проведению мероприятия; некоторые замечания стоит проверить.</translation>
    </message>
    <message>
        <source>Rea&amp;diness</source>
        <translation>&amp;Готовность</translation>
    </message>
    <message>
        <source>{tab} ({count})</source>
        <translation>{tab} ({count})</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>Дублировать мероприятие</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>Запись журнала</translation>
    </message>
    <message>
        <source>Added a log entry to “{title}”</source>
        <translation>В журнал мероприятия «{title}» добавлена запись</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>Справочник людей</translation>
    </message>
    <message>
        <source>New log entries and changes will say they are by {name}.</source>
        <translation>Новые записи журнала и изменения будут подписаны именем «{name}».</translation>
    </message>
    <message>
        <source>New log entries and changes carry no name.</source>
        <translation>Новые записи журнала и изменения не будут подписаны.</translation>
    </message>
    <message>
        <source>Roundtable will be in {language} the next time it starts. Until then it stays as it is.</source>
        <translation>При следующем запуске Roundtable будет использовать язык: {language}. До тех пор язык интерфейса не изменится.</translation>
    </message>
    <message>
        <source>Roundtable will follow the system&apos;s language, {language}, the next time it starts. Until then it stays as it is.</source>
        <translation>При следующем запуске Roundtable будет использовать язык системы ({language}). До тех пор язык интерфейса не изменится.</translation>
    </message>
    <message>
        <source>Another Roundtable window has this database open; opened read-only.</source>
        <translation>База данных уже открыта в другом окне Roundtable, поэтому здесь она открыта только для чтения.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Уведомление о режиме только для чтения</translation>
    </message>
    <message>
        <source>&lt;b&gt;{note}&lt;/b&gt; You can look at events and export them here, but not change them.</source>
        <translation>&lt;b&gt;{note}&lt;/b&gt; Здесь можно просматривать и экспортировать мероприятия, но не изменять их.</translation>
    </message>
    <message>
        <source>Switch to editing</source>
        <translation>Перейти к редактированию</translation>
    </message>
    <message>
        <source>Once the other window is closed, change events in this one instead</source>
        <translation>Когда другое окно закрыто, перейти к изменению мероприятий в этом окне</translation>
    </message>
    <message>
        <source>The other Roundtable window still has this database open ({who}). Close it there, then try again.</source>
        <translation>База данных всё ещё открыта в другом окне Roundtable ({who}). Закройте её там и повторите попытку.</translation>
    </message>
    <message>
        <source>The other Roundtable window still has this database open. Close it there, then try again.</source>
        <translation>База данных всё ещё открыта в другом окне Roundtable. Закройте её там и повторите попытку.</translation>
    </message>
    <message>
        <source>You can change events in this window now.</source>
        <translation>Теперь в этом окне можно изменять мероприятия.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>Ежедневная (автоматически)</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Выбранный файл</translation>
    </message>
    <message>
        <source>made automatically that day</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>made with File ▸ Back up now</source>
        <translation>командой Файл ▸ Создать резервную копию</translation>
    </message>
    <message>
        <source>made before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>today, {time}</source>
        <translation>сегодня в {time}</translation>
    </message>
    <message>
        <source>Today, {time}</source>
        <translation>Сегодня, {time}</translation>
    </message>
    <message>
        <source>yesterday, {time}</source>
        <translation>вчера в {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>Вчера, {time}</translation>
    </message>
    <message>
        <source>{weekday} {date}, {time}</source>
        <translation>{weekday}, {date}, {time}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>from {when} ({how})</source>
        <translation>создана {when} ({how})</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>создана {when}</translation>
    </message>
    <message numerus="yes">
        <source>from {when}, with %n events ({how})</source>
        <translation>
            <numerusform>создана {when} ({how}), в ней %n мероприятие</numerusform>
            <numerusform>создана {when} ({how}), в ней %n мероприятия</numerusform>
            <numerusform>создана {when} ({how}), в ней %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from {when}, with %n events</source>
        <translation>
            <numerusform>создана {when}, в ней %n мероприятие</numerusform>
            <numerusform>создана {when}, в ней %n мероприятия</numerusform>
            <numerusform>создана {when}, в ней %n мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to put in place of {file}. The file as it is now is kept, unchanged, beside it.</source>
        <translation>Выберите резервную копию, которая заменит {file}. Текущая версия файла сохранится без изменений рядом с ней.</translation>
    </message>
    <message>
        <source>Backups of {database}, newest first. Roundtable makes one the first time the database is opened each day and one before every upgrade; File ▸ Back up now makes one at any time.</source>
        <translation>Резервные копии {database}, сначала новые. Roundtable создаёт копию при первом открытии базы данных за день и перед каждым обновлением; команда Файл ▸ Создать резервную копию создаёт её в любой момент.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>There are no backups of {file} yet.</source>
        <translation>Резервных копий {file} пока нет.</translation>
    </message>
    <message>
        <source>Backups that cannot be read are greyed out. The damaged file itself is never changed.</source>
        <translation>Нечитаемые резервные копии показаны серым. Сам повреждённый файл никогда не изменяется.</translation>
    </message>
    <message>
        <source>Restoring replaces the events in this database with the backup&apos;s. The database as it is now is backed up first, so you can go back to it; the undo history is cleared.</source>
        <translation>При восстановлении мероприятия в этой базе данных заменяются мероприятиями из резервной копии. Перед этим создаётся резервная копия текущего состояния базы данных, чтобы к нему можно было вернуться; история отмены очищается.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <source>Restore from a copy kept somewhere else</source>
        <translation>Восстановить из копии, хранящейся в другом месте</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?

A copy of it is put in place of {database}. The file as it is now is kept, unchanged, beside it as “{file}.damaged-…”.</source>
        <translation>Восстановить резервную копию, которая {backup}?

Её копия заменит {database}. Текущая версия файла сохранится без изменений рядом с ним под именем «{file}.damaged-…».</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?

The events in {database} now are replaced by the backup&apos;s. Before that, the database as it is now is saved as a backup (“Before a restore”), so you can go back to it. The undo history is cleared.</source>
        <translation>Восстановить резервную копию, которая {backup}?

Мероприятия в {database} будут заменены мероприятиями из резервной копии. Перед этим текущее состояние базы данных будет сохранено в резервной копии («Перед восстановлением»), чтобы к нему можно было вернуться. История отмены будет очищена.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Восстановление из файла</translation>
    </message>
    <message>
        <source>Roundtable databases</source>
        <translation>Базы данных Roundtable</translation>
    </message>
    <message>
        <source>That is the database itself; choose a copy of it.</source>
        <translation>Это сама база данных; выберите её копию.</translation>
    </message>
    <message>
        <source>{reason}.

Choose another file.</source>
        <translation>{reason}.

Выберите другой файл.</translation>
    </message>
    <message>
        <source>{day} {month}, {time}</source>
        <translation>{day} {month}, {time}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>с {time}</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>процесс {pid}</translation>
    </message>
    <message>
        <source>on the computer “{host}”</source>
        <translation>на компьютере «{host}»</translation>
    </message>
    <message>
        <source>Roundtable is already open on {path} ({who}).</source>
        <translation>Файл {path} уже открыт в Roundtable ({who}).</translation>
    </message>
    <message>
        <source>Roundtable is already open on {path}.</source>
        <translation>Файл {path} уже открыт в Roundtable.</translation>
    </message>
    <message>
        <source>Only one window at a time can change a database, so that no change gets lost. Switch to that window to work there, or open the database here to look at it without changing anything.</source>
        <translation>Изменять базу данных может только одно окно одновременно — так ни одно изменение не потеряется. Перейдите в то окно, чтобы работать там, или откройте базу данных здесь только для просмотра.</translation>
    </message>
    <message>
        <source>Bring that window forward</source>
        <translation>Перейти в то окно</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>That window could not be reached (process {pid} did not answer): it may be busy, stuck, or running on another computer. Look for it on your screen, or open the database read-only.</source>
        <translation>Не удалось связаться с тем окном (процесс {pid} не ответил): возможно, оно занято, зависло или запущено на другом компьютере. Найдите его на экране или откройте базу данных только для чтения.</translation>
    </message>
    <message>
        <source>That window could not be reached (the other app did not answer): it may be busy, stuck, or running on another computer. Look for it on your screen, or open the database read-only.</source>
        <translation>Не удалось связаться с тем окном (другое приложение не ответило): возможно, оно занято, зависло или запущено на другом компьютере. Найдите его на экране или откройте базу данных только для чтения.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes), so there is nothing in it to open. This usually happens when copying, syncing or saving it was cut off.</source>
        <translation>Файл пуст (0 байт), открывать в нём нечего. Обычно так бывает, если копирование, синхронизация или сохранение файла были прерваны.</translation>
    </message>
    <message>
        <source>The file is not a Roundtable database: it holds something else, perhaps another document saved under this name.</source>
        <translation>Файл не является базой данных Roundtable: в нём хранится что-то другое — возможно, другой документ, сохранённый под этим именем.</translation>
    </message>
    <message>
        <source>The file is damaged: parts of it cannot be read, so Roundtable will not work on it (that could make things worse).</source>
        <translation>Файл повреждён: часть его не читается, поэтому Roundtable не будет с ним работать (это могло бы только ухудшить положение).</translation>
    </message>
    <message>
        <source>It was saved by a newer version of Roundtable, which this version cannot read. Installing the newer version opens it with everything in it; a backup made by this version lacks what was added since.</source>
        <translation>Файл сохранён более новой версией Roundtable, которую эта версия прочитать не может. Если установить новую версию, файл откроется со всем содержимым; в резервной копии, созданной этой версией, не будет того, что добавлено позже.</translation>
    </message>
    <message>
        <source>The file belongs to another program: it has tables Roundtable does not know. Check that this is the file you meant to open.</source>
        <translation>Файл принадлежит другой программе: в нём есть таблицы, неизвестные Roundtable. Проверьте, тот ли это файл, который вы хотели открыть.</translation>
    </message>
    <message>
        <source>The file {reason}.</source>
        <translation>Файл {reason}.</translation>
    </message>
    <message>
        <source>Roundtable cannot open {path}</source>
        <translation>Roundtable не удаётся открыть {path}</translation>
    </message>
    <message>
        <source>The newest good backup is {backup}.</source>
        <translation>Последняя исправная резервная копия {backup}.</translation>
    </message>
    <message>
        <source>Restoring it puts a copy of it in place of this file. The file as it is now is kept, unchanged, beside it as “{file}.damaged-…”.</source>
        <translation>При восстановлении её копия заменит этот файл. Текущая версия файла сохранится без изменений рядом с ним под именем «{file}.damaged-…».</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}. If you have a copy elsewhere, choose it; the file as it is now is kept, unchanged.</source>
        <translation>В папке {folder} не найдено исправной резервной копии этого файла. Если у вас есть копия в другом месте, выберите её; текущая версия файла сохранится без изменений.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту резервную копию</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Выбрать другую резервную копию…</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Выбрать резервную копию…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>Create it, and a new, empty database {file} in it?

If the path was mistyped, choose Cancel: nothing will be made.</source>
        <translation>Создать её, а в ней — новую пустую базу данных {file}?

Если путь введён с ошибкой, нажмите «Отмена»: ничего создано не будет.</translation>
    </message>
    <message>
        <source>Create folder and database</source>
        <translation>Создать папку и базу данных</translation>
    </message>
    <message>
        <source>{path} was restored from the backup {backup}.</source>
        <translation>Файл {path} восстановлен из резервной копии, которая {backup}.</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed. Choose another backup.</source>
        <translation>{reason}

Ничего не изменено. Выберите другую резервную копию.</translation>
    </message>
    <message>
        <source>{database} is open read-only, so it cannot be restored</source>
        <translation>база данных {database} открыта только для чтения, поэтому её нельзя восстановить</translation>
    </message>
    <message>
        <source>the backup was restored, but {path} could not be opened again: {reason}; quit Roundtable and start it again</source>
        <translation>резервная копия восстановлена, но снова открыть {path} не удалось: {reason}; закройте Roundtable и запустите его заново</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>База данных, с которой работает это окно</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Создать мероприятие</translation>
    </message>
    <message>
        <source>New event from &amp;announcement…</source>
        <translation>Новое мероприятие из &amp;анонса…</translation>
    </message>
    <message>
        <source>Paste or open an event&apos;s announcement, review what was read, create the event</source>
        <translation>Вставить или открыть анонс мероприятия, проверить прочитанное и создать мероприятие</translation>
    </message>
    <message>
        <source>&amp;Import event bundle…</source>
        <translation>&amp;Импортировать пакет мероприятия…</translation>
    </message>
    <message>
        <source>Add an event from a .roundtable.json bundle</source>
        <translation>Добавить мероприятие из пакета .roundtable.json</translation>
    </message>
    <message>
        <source>&amp;Export event bundle…</source>
        <translation>&amp;Экспортировать пакет мероприятия…</translation>
    </message>
    <message>
        <source>Save the selected event with its people and organisations as one file</source>
        <translation>Сохранить выбранное мероприятие вместе с его людьми и организациями в одном файле</translation>
    </message>
    <message>
        <source>See the selected event&apos;s agenda, name cards or bios booklet, then save or print them</source>
        <translation>Просмотреть программу, именные таблички или буклет с биографиями выбранного мероприятия, а затем сохранить или напечатать их</translation>
    </message>
    <message>
        <source>Load e&amp;xample events</source>
        <translation>Загрузить &amp;примеры мероприятий</translation>
    </message>
    <message>
        <source>Add example events to look around (can be undone)</source>
        <translation>Добавить примеры мероприятий, чтобы осмотреться (можно отменить)</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Save a copy of the database in its backups folder</source>
        <translation>Сохранить копию базы данных в её папке резервных копий</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups (it is backed up first)</source>
        <translation>Заменить базу данных одной из её резервных копий (перед этим создаётся резервная копия)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Изменить мероприятие…</translation>
    </message>
    <message>
        <source>Change the selected event (F2, or Return in the list)</source>
        <translation>Изменить выбранное мероприятие (F2 или Return в списке)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Make a copy of the selected event, e.g. to plan its next round</source>
        <translation>Создать копию выбранного мероприятия, например для планирования следующего раунда</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected event (can be undone)</source>
        <translation>Удалить выбранное мероприятие (можно отменить)</translation>
    </message>
    <message>
        <source>&amp;Find / filter</source>
        <translation>Поиск / &amp;фильтр</translation>
    </message>
    <message>
        <source>Type to narrow the events list</source>
        <translation>Введите текст, чтобы сузить список мероприятий</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <source>Events, with their overview and participants</source>
        <translation>Мероприятия с обзором и участниками</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>Everyone in the directory, across all events</source>
        <translation>Все люди из справочника по всем мероприятиям</translation>
    </message>
    <message>
        <source>&amp;Seating plans</source>
        <translation>&amp;Планы рассадки</translation>
    </message>
    <message>
        <source>The selected event&apos;s seating plans: tables, seats and who sits where</source>
        <translation>Планы рассадки выбранного мероприятия: столы, места и кто где сидит</translation>
    </message>
    <message>
        <source>Event &amp;log</source>
        <translation>&amp;Журнал мероприятия</translation>
    </message>
    <message>
        <source>The selected event&apos;s journal, change history, minutes and planned against actual</source>
        <translation>Записи, история изменений, протокол и сравнение плана с фактом для выбранного мероприятия</translation>
    </message>
    <message>
        <source>Log &amp;entry…</source>
        <translation>&amp;Запись в журнал…</translation>
    </message>
    <message>
        <source>Write an entry in the selected event&apos;s log, from wherever you are</source>
        <translation>Сделать запись в журнале выбранного мероприятия из любого места программы</translation>
    </message>
    <message>
        <source>Open the moderator&apos;s timer for the selected event</source>
        <translation>Открыть таймер модератора для выбранного мероприятия</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Your name, written on log entries and changes, and the interface&apos;s language</source>
        <translation>Ваше имя для записей журнала и изменений, а также язык интерфейса</translation>
    </message>
    <message>
        <source>Add someone to the directory</source>
        <translation>Добавить человека в справочник</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Изменить данные человека…</translation>
    </message>
    <message>
        <source>Change the selected person (F2, or Return in the list)</source>
        <translation>Изменить данные выбранного человека (F2 или Return в списке)</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>&amp;Удалить человека…</translation>
    </message>
    <message>
        <source>Remove the selected person from the directory (can be undone)</source>
        <translation>Удалить выбранного человека из справочника (можно отменить)</translation>
    </message>
    <message>
        <source>&amp;Merge people…</source>
        <translation>Объединить &amp;людей…</translation>
    </message>
    <message>
        <source>Make two records of one person into one, keeping all their events</source>
        <translation>Объединить две записи одного человека в одну с сохранением всех его мероприятий</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide, on the page for what you are looking at</source>
        <translation>Руководство пользователя на странице о том, что сейчас на экране</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>The folder of Roundtable&apos;s log files, to send with a problem report</source>
        <translation>Папка с файлами журналов Roundtable, чтобы приложить их к сообщению о проблеме</translation>
    </message>
    <message>
        <source>&amp;About Roundtable</source>
        <translation>&amp;О программе Roundtable</translation>
    </message>
    <message>
        <source>The selected event is shown in a moment.</source>
        <translation>Выбранное мероприятие появится через мгновение.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>Открывается {database}…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Type to narrow the people list</source>
        <translation>Введите текст, чтобы сузить список людей</translation>
    </message>
    <message>
        <source>{title} — Agenda</source>
        <translation>{title} — Программа</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>No agenda days yet.</source>
        <translation>Дней программы пока нет.</translation>
    </message>
    <message>
        <source>Unnamed participant</source>
        <translation>Участник без имени</translation>
    </message>
    <message>
        <source>Times are {zone}</source>
        <translation>Часовой пояс: {zone}</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>Пунктов программы пока нет.</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>agenda column</comment>
        <translation>Время</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>agenda column</comment>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Зал:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Председатель:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Выступающие:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Выступающий:</translation>
    </message>
    <message>
        <source>No participants have been added yet.</source>
        <translation>Участники пока не добавлены.</translation>
    </message>
    <message>
        <source>Hosts</source>
        <comment>heading over several participants</comment>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Moderators</source>
        <comment>heading over several participants</comment>
        <translation>Модераторы</translation>
    </message>
    <message>
        <source>Chairs</source>
        <comment>heading over several participants</comment>
        <translation>Председатели</translation>
    </message>
    <message>
        <source>Opening speakers</source>
        <comment>heading over several participants</comment>
        <translation>Выступающие со вступительным словом</translation>
    </message>
    <message>
        <source>Participants / panelists</source>
        <comment>heading over several participants</comment>
        <translation>Участники / панелисты</translation>
    </message>
    <message>
        <source>Discussants</source>
        <comment>heading over several participants</comment>
        <translation>Дискутанты</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <comment>heading over several participants</comment>
        <translation>Члены делегаций</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <comment>heading over several participants</comment>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Observers</source>
        <comment>heading over several participants</comment>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>heading over several participants</comment>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>{title} — Participant biographies</source>
        <translation>{title} — Биографии участников</translation>
    </message>
    <message>
        <source>Participant biographies</source>
        <translation>Биографии участников</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Участников пока нет</translation>
    </message>
    <message>
        <source>No participants have been added to this event yet.</source>
        <translation>В это мероприятие пока не добавлены участники.</translation>
    </message>
    <message>
        <source>{name} (continued)</source>
        <translation>{name} (продолжение)</translation>
    </message>
    <message>
        <source>unknown paper size {paper}; use a4 or letter</source>
        <translation>неизвестный формат бумаги {paper}; используйте a4 или letter</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>layout failed</source>
        <translation>ошибка вёрстки</translation>
    </message>
    <message>
        <source>cannot lay out {file}: {reason}</source>
        <translation>не удалось сверстать {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot make {file}: {reason}</source>
        <translation>не удалось создать {file}: {reason}</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Co-hosted by</source>
        <translation>Соорганизаторы</translation>
    </message>
    <message>
        <source>In partnership with</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>При поддержке</translation>
    </message>
    <message>
        <source>{dates}, {times}</source>
        <translation>{dates}, {times}</translation>
    </message>
    <message>
        <source>{place} time ({abbreviation})</source>
        <translation>{place}, местное время ({abbreviation})</translation>
    </message>
    <message>
        <source>{series} · Round {number}</source>
        <translation>{series} · Раунд {number}</translation>
    </message>
    <message>
        <source>the font {font} cannot be loaded from {folder} ({reason}); reinstall Roundtable</source>
        <translation>не удаётся загрузить шрифт {font} из {folder} ({reason}); переустановите Roundtable</translation>
    </message>
    <message>
        <source>Each day&apos;s programme with times, speakers and their affiliations, and the participants by role.</source>
        <translation>Программа каждого дня со временем, выступающими и их организациями, а также участники по ролям.</translation>
    </message>
    <message>
        <source>The event&apos;s minutes under its title, dates and venue, to hand out afterwards: who attended, the minutes and the record of the discussion.</source>
        <translation>Протокол мероприятия с названием, датами и местом проведения — для раздачи после встречи: кто присутствовал, протокол и ход обсуждения.</translation>
    </message>
    <message>
        <source>The rule of the room and house rules, the run sheet with each turn’s time and cues, who introduces whom, the speakers’ names as said with short bios, and the seating in miniature.</source>
        <translation>Режим цитирования и правила мероприятия, сценарий с хронометражем и подсказками для каждого выступления, кто кого представляет, произношение имён выступающих с краткими биографиями и уменьшенная схема рассадки.</translation>
    </message>
    <message>
        <source>The expected participants in alphabetical order by family name, each with a box to sign, then blank rows for walk-ins.</source>
        <translation>Ожидаемые участники в алфавитном порядке фамилий, у каждого — графа для подписи, а ниже — пустые строки для незарегистрированных участников.</translation>
    </message>
    <message>
        <source>One page to post: the title, when and where, the speakers with their affiliations, a short description, the organisers with their logos and how to register.</source>
        <translation>Одна страница для размещения: название, дата и место, выступающие с их организациями, краткое описание, организаторы с логотипами и порядок регистрации.</translation>
    </message>
    <message>
        <source>Bios booklet</source>
        <translation>Буклет биографий</translation>
    </message>
    <message>
        <source>A cover, then each participant by role and precedence with photo, names in both scripts, affiliations and bio.</source>
        <translation>Обложка, затем все участники по ролям и старшинству: фото, имена в обоих написаниях, организации и биография.</translation>
    </message>
    <message>
        <source>The minutes, the journal by day with every entry&apos;s earlier texts, planned against actual time for each item and speaker (a table and a chart), and the change history.</source>
        <translation>Протокол, записи по дням со всеми прежними версиями текста, сравнение планового и фактического времени для каждого пункта и выступающего (таблица и диаграмма), а также история изменений.</translation>
    </message>
    <message>
        <source>Name cards</source>
        <translation>Именные таблички</translation>
    </message>
    <message>
        <source>Folded tent cards: the name on both halves, the upper half upside down so that both sides read upright once folded.</source>
        <translation>Складные настольные таблички: имя на обеих половинах, верхняя половина перевёрнута, чтобы после сгибания обе стороны читались правильно.</translation>
    </message>
    <message>
        <source>Seating chart</source>
        <translation>Схема рассадки</translation>
    </message>
    <message>
        <source>Each plan&apos;s table drawn to scale with every seat&apos;s name and own-script name, then a list of the seats with delegations, affiliations and roles.</source>
        <translation>Стол каждого плана в масштабе с именами на всех местах, в том числе в оригинальном написании, затем список мест с делегациями, организациями и ролями.</translation>
    </message>
    <message>
        <source>Untitled item</source>
        <translation>Пункт без названия</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Earlier text, replaced {moment} by {author}:</source>
        <translation>Прежний текст (заменён {moment}, автор — {author}):</translation>
    </message>
    <message>
        <source>Earlier text, replaced {moment}:</source>
        <translation>Прежний текст (заменён {moment}):</translation>
    </message>
    <message>
        <source>Record of the discussion</source>
        <translation>Ход обсуждения</translation>
    </message>
    <message>
        <source>No minutes have been written yet.</source>
        <translation>Протокол ещё не написан.</translation>
    </message>
    <message>
        <source>Held under the Chatham House Rule: no speaker is named; each is described by their role, delegation or kind of affiliation.</source>
        <translation>Мероприятие проходило по правилу Чатем-хауса: имена выступающих не приводятся, каждый описан через роль, делегацию или тип организации.</translation>
    </message>
    <message>
        <source>{title} — {document}</source>
        <translation>{title} — {document}</translation>
    </message>
    <message>
        <source>unknown layout {layout}; use {layouts}</source>
        <translation>неизвестная раскладка {layout}; используйте {layouts}</translation>
    </message>
    <message>
        <source>cut marks: the {layout} layout prints one card per sheet, which needs no cutting</source>
        <translation>метки обреза: при раскладке {layout} на листе печатается одна табличка, резать её не нужно</translation>
    </message>
    <message>
        <source>no participant matches the selection: there are no name cards to make</source>
        <translation>ни один участник не соответствует выбору: именные таблички создавать не для кого</translation>
    </message>
    <message>
        <source>Name cards: {title}</source>
        <translation>Именные таблички: {title}</translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation>{metres} м</translation>
    </message>
    <message>
        <source>Head seat</source>
        <translation>Место во главе стола</translation>
    </message>
    <message>
        <source>Locked seat</source>
        <translation>Закреплённое место</translation>
    </message>
    <message>
        <source>Reserved seat</source>
        <translation>Зарезервированное место</translation>
    </message>
    <message>
        <source>Too little room to print the name at seat {seat}: see the seat list.</source>
        <translation>Слишком мало места, чтобы напечатать имя на месте {seat}: см. список мест.</translation>
    </message>
    <message>
        <source>{seats} and {last}</source>
        <translation>{seats} и {last}</translation>
    </message>
    <message>
        <source>Too little room to print the names at seats {seats}: see the seat list.</source>
        <translation>Слишком мало места, чтобы напечатать имена на местах {seats}: см. список мест.</translation>
    </message>
    <message numerus="yes">
        <source>Too little room to print %n of the names here: see the seat list.</source>
        <translation>
            <numerusform>Слишком мало места, чтобы напечатать здесь %n имя: см. список мест.</numerusform>
            <numerusform>Слишком мало места, чтобы напечатать здесь %n имени: см. список мест.</numerusform>
            <numerusform>Слишком мало места, чтобы напечатать здесь %n имён: см. список мест.</numerusform>
        </translation>
    </message>
    <message>
        <source>head: seat {seat}</source>
        <translation>во главе: место {seat}</translation>
    </message>
    <message>
        <source>unknown paper size {paper}; use a4, letter, a3 or tabloid</source>
        <translation>неизвестный формат бумаги {paper}; используйте a4, letter, a3 или tabloid</translation>
    </message>
    <message>
        <source>{title} — Seating chart</source>
        <translation>{title} — Схема рассадки</translation>
    </message>
    <message>
        <source>Scale 1:{denominator}</source>
        <translation>Масштаб 1:{denominator}</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Оригинальное написание</translation>
    </message>
    <message>
        <source>Seat list · {plan}</source>
        <translation>Список мест · {plan}</translation>
    </message>
    <message>
        <source>head</source>
        <comment>the head seat</comment>
        <translation>во главе</translation>
    </message>
    <message>
        <source>locked</source>
        <comment>a locked seat</comment>
        <translation>закреплено</translation>
    </message>
    <message>
        <source>Reserved: {label}</source>
        <translation>Зарезервировано: {label}</translation>
    </message>
    <message>
        <source>Kept empty</source>
        <translation>Оставлено свободным</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n seats taken.</source>
        <translation>
            <numerusform>Занято {taken} из %n места.</numerusform>
            <numerusform>Занято {taken} из %n мест.</numerusform>
            <numerusform>Занято {taken} из %n мест.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not seated: {names}.</source>
        <translation>Не рассажены: {names}.</translation>
    </message>
    <message numerus="yes">
        <source>{time} (+%n days)</source>
        <translation>
            <numerusform>{time} (+%n день)</numerusform>
            <numerusform>{time} (+%n дня)</numerusform>
            <numerusform>{time} (+%n дней)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{time} (-%n days)</source>
        <translation>
            <numerusform>{time} (-%n день)</numerusform>
            <numerusform>{time} (-%n дня)</numerusform>
            <numerusform>{time} (-%n дней)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>The slot start</source>
        <translation>Начало интервала</translation>
    </message>
    <message>
        <source>The day&apos;s default start</source>
        <translation>Начало дня по умолчанию</translation>
    </message>
    <message>
        <source>The slot end</source>
        <translation>Конец интервала</translation>
    </message>
    <message>
        <source>The day&apos;s slot starts at {time} but has no end, so overrun and unused time are not checked.</source>
        <translation>Интервал дня начинается в {time}, но не имеет конца, поэтому превышение и неиспользованное время не проверяются.</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” at {time} leaves a %n-minute gap after “{previous}”.</source>
        <translation>
            <numerusform>Между пунктами «{previous}» и «{title}» ({time}) остаётся промежуток в %n минуту.</numerusform>
            <numerusform>Между пунктами «{previous}» и «{title}» ({time}) остаётся промежуток в %n минуты.</numerusform>
            <numerusform>Между пунктами «{previous}» и «{title}» ({time}) остаётся промежуток в %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{previous}” overlaps the anchored “{title}” ({time}) by %n minutes.</source>
        <translation>
            <numerusform>Пункт «{previous}» заходит на фиксированный пункт «{title}» ({time}) на %n минуту.</numerusform>
            <numerusform>Пункт «{previous}» заходит на фиксированный пункт «{title}» ({time}) на %n минуты.</numerusform>
            <numerusform>Пункт «{previous}» заходит на фиксированный пункт «{title}» ({time}) на %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” has no duration.</source>
        <translation>У пункта «{title}» нет длительности.</translation>
    </message>
    <message>
        <source>“{day}” has no slot end to fit to; set when its slot ends first.</source>
        <translation>У дня «{day}» не задан конец интервала, к которому можно подогнать программу; сначала укажите, когда заканчивается интервал.</translation>
    </message>
    <message>
        <source>“{day}” has no items to fit to its slot.</source>
        <translation>В дне «{day}» нет пунктов, которые можно вписать в интервал.</translation>
    </message>
    <message>
        <source>Nothing on “{day}” can be stretched or shrunk: every item is anchored or a break.</source>
        <translation>В дне «{day}» нечего растянуть или сократить: все пункты фиксированы или являются перерывами.</translation>
    </message>
    <message>
        <source>The day&apos;s end cannot move: from {start} to {end} everything is anchored or a break.</source>
        <translation>Конец дня нельзя сдвинуть: от {start} до {end} все пункты фиксированы или являются перерывами.</translation>
    </message>
    <message>
        <source>From {start} to {end} there is no time at all; move the anchor or the slot end first.</source>
        <translation>От {start} до {end} совсем нет времени; сначала сдвиньте фиксированное время или конец интервала.</translation>
    </message>
    <message>
        <source>{what} is set for {time}, which does not exist on {day} because the clocks go forward; {shown} is used instead.</source>
        <translation>{what}: указано {time}, но в этот день ({day}) такого времени нет из-за перевода часов вперёд; вместо него используется {shown}.</translation>
    </message>
    <message>
        <source>{what} is set for {time}, which happens twice on {day} because the clocks go back; the first one ({zone}) is used.</source>
        <translation>{what}: указано {time}, но в этот день ({day}) такое время наступает дважды из-за перевода часов назад; используется первое ({zone}).</translation>
    </message>
    <message numerus="yes">
        <source>The speakers&apos; set times in “{title}” add up to %n minutes, {over} more than its {duration}.</source>
        <translation>
            <numerusform>Заданное время выступлений в пункте «{title}» в сумме составляет %n минуту — на {over} мин больше его длительности ({duration} мин).</numerusform>
            <numerusform>Заданное время выступлений в пункте «{title}» в сумме составляет %n минуты — на {over} мин больше его длительности ({duration} мин).</numerusform>
            <numerusform>Заданное время выступлений в пункте «{title}» в сумме составляет %n минут — на {over} мин больше его длительности ({duration} мин).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clocks go forward %n minutes during “{title}”; it still lasts {duration} and ends at {time}.</source>
        <translation>
            <numerusform>Во время пункта «{title}» часы переводятся вперёд на %n минуту; его длительность по-прежнему {duration}, и он заканчивается в {time}.</numerusform>
            <numerusform>Во время пункта «{title}» часы переводятся вперёд на %n минуты; его длительность по-прежнему {duration}, и он заканчивается в {time}.</numerusform>
            <numerusform>Во время пункта «{title}» часы переводятся вперёд на %n минут; его длительность по-прежнему {duration}, и он заканчивается в {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clocks go back %n minutes during “{title}”; it still lasts {duration} and ends at {time}.</source>
        <translation>
            <numerusform>Во время пункта «{title}» часы переводятся назад на %n минуту; его длительность по-прежнему {duration}, и он заканчивается в {time}.</numerusform>
            <numerusform>Во время пункта «{title}» часы переводятся назад на %n минуты; его длительность по-прежнему {duration}, и он заканчивается в {time}.</numerusform>
            <numerusform>Во время пункта «{title}» часы переводятся назад на %n минут; его длительность по-прежнему {duration}, и он заканчивается в {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” runs past midnight: it ends at {time}.</source>
        <translation>Пункт «{title}» заканчивается после полуночи: в {time}.</translation>
    </message>
    <message numerus="yes">
        <source>The first item, “{title}”, starts at {time}, %n minutes after the slot opens ({opens}).</source>
        <translation>
            <numerusform>Первый пункт, «{title}», начинается в {time} — через %n минуту после начала интервала ({opens}).</numerusform>
            <numerusform>Первый пункт, «{title}», начинается в {time} — через %n минуты после начала интервала ({opens}).</numerusform>
            <numerusform>Первый пункт, «{title}», начинается в {time} — через %n минут после начала интервала ({opens}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{title}” starts at {time}, %n minutes before the slot opens ({opens}).</source>
        <translation>
            <numerusform>Пункт «{title}» начинается в {time} — за %n минуту до начала интервала ({opens}).</numerusform>
            <numerusform>Пункт «{title}» начинается в {time} — за %n минуты до начала интервала ({opens}).</numerusform>
            <numerusform>Пункт «{title}» начинается в {time} — за %n минут до начала интервала ({opens}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day ends at {time}, %n minutes before the end of its slot ({end}).</source>
        <translation>
            <numerusform>День заканчивается в {time} — за %n минуту до конца интервала ({end}).</numerusform>
            <numerusform>День заканчивается в {time} — за %n минуты до конца интервала ({end}).</numerusform>
            <numerusform>День заканчивается в {time} — за %n минут до конца интервала ({end}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n minutes past the end of its slot ({end}).</source>
        <translation>
            <numerusform>День выходит за конец интервала ({end}) на %n минуту.</numerusform>
            <numerusform>День выходит за конец интервала ({end}) на %n минуты.</numerusform>
            <numerusform>День выходит за конец интервала ({end}) на %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>the anchored “{title}” ({time})</source>
        <translation>фиксированного пункта «{title}» ({time})</translation>
    </message>
    <message>
        <source>the day&apos;s start ({time})</source>
        <translation>начала дня ({time})</translation>
    </message>
    <message>
        <source>the slot end ({time})</source>
        <translation>конца интервала ({time})</translation>
    </message>
    <message>
        <source>From {start} to {end} there are {available}, but the anchored items and breaks take {fixed} and the flexible item needs at least {least}; shorten or remove something first.</source>
        <translation>От {start} до {end} есть {available}, но на фиксированные пункты и перерывы приходится {fixed}, а пункту с гибкой длительностью нужно не меньше {least} мин; сначала сократите или удалите что-нибудь.</translation>
    </message>
    <message numerus="yes">
        <source>From {start} to {end} there are {available}, but the anchored items and breaks take {fixed} and the %n flexible items need at least {least}; shorten or remove something first.</source>
        <translation>
            <numerusform>От {start} до {end} есть {available}, но на фиксированные пункты и перерывы приходится {fixed}, а %n пункту с гибкой длительностью нужно не меньше {least} мин; сначала сократите или удалите что-нибудь.</numerusform>
            <numerusform>От {start} до {end} есть {available}, но на фиксированные пункты и перерывы приходится {fixed}, а %n пунктам с гибкой длительностью нужно не меньше {least} мин; сначала сократите или удалите что-нибудь.</numerusform>
            <numerusform>От {start} до {end} есть {available}, но на фиксированные пункты и перерывы приходится {fixed}, а %n пунктам с гибкой длительностью нужно не меньше {least} мин; сначала сократите или удалите что-нибудь.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone (try one like Europe/London).</source>
        <translation>«{zone}» — неизвестный часовой пояс (попробуйте, например, Europe/London).</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>«{zone}» — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <source>{name} has two seats, {first} and {second}.</source>
        <translation>{name}: назначено два места — {first} и {second}.</translation>
    </message>
    <message>
        <source>{name} has declined but has seat {seat}.</source>
        <translation>{name}: отказ от участия, но назначено место {seat}.</translation>
    </message>
    <message>
        <source>Seat {seat} is given to someone who is not a participant of this event.</source>
        <translation>Место {seat} назначено человеку, который не участвует в этом мероприятии.</translation>
    </message>
    <message>
        <source>{file} is too large to be an event bundle</source>
        <translation>файл {file} слишком велик для пакета мероприятия</translation>
    </message>
    <message>
        <source>{file} is not a text file (UTF-8 expected)</source>
        <translation>файл {file} не является текстовым (ожидается UTF-8)</translation>
    </message>
    <message>
        <source>bundle version {version} was written by a newer Roundtable; update to read it</source>
        <translation>пакет версии {version} создан более новой версией Roundtable; обновите программу, чтобы его прочитать</translation>
    </message>
    <message>
        <source>not a Roundtable event bundle (no &apos;format&apos; field)</source>
        <translation>это не пакет мероприятия Roundtable (нет поля &apos;format&apos;)</translation>
    </message>
    <message>
        <source>{where}: {text} is not a date</source>
        <translation>{where}: {text} — не дата</translation>
    </message>
    <message>
        <source>{where}: {text} is not a time of day</source>
        <translation>{where}: {text} — не время суток</translation>
    </message>
    <message>
        <source>{where}: {uid} appears twice</source>
        <translation>{where}: {uid} встречается дважды</translation>
    </message>
    <message>
        <source>{where}: no organisation with uid {uid} in the bundle</source>
        <translation>{where}: в пакете нет организации с uid {uid}</translation>
    </message>
    <message>
        <source>{where}: a person needs a given or a family name</source>
        <translation>{where}: у человека должно быть имя или фамилия</translation>
    </message>
    <message>
        <source>{where}: no person with uid {uid} in the bundle</source>
        <translation>{where}: в пакете нет человека с uid {uid}</translation>
    </message>
    <message>
        <source>{where}: not valid base64</source>
        <translation>{where}: недопустимые данные base64</translation>
    </message>
    <message>
        <source>{where}: {uid} is not a participant</source>
        <translation>{where}: {uid} не является участником</translation>
    </message>
    <message>
        <source>Import event “{title}”</source>
        <translation>Импорт мероприятия «{title}»</translation>
    </message>
    <message>
        <source>event {event} is already in the database (id {id}); use --replace to overwrite it or --as-new to import a copy</source>
        <translation>мероприятие {event} уже есть в базе данных (id {id}); используйте --replace, чтобы заменить его, или --as-new, чтобы импортировать копию</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <source>Name reading (furigana)</source>
        <translation>Чтение имени (фуригана)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>unknown field {field}; the fields are: {fields}, ignore</source>
        <translation>неизвестное поле {field}; допустимые поля: {fields}, ignore</translation>
    </message>
    <message>
        <source>two columns are called {column} (columns {numbers}); name it by its number</source>
        <translation>два столбца называются {column} (столбцы {numbers}); укажите нужный столбец по номеру</translation>
    </message>
    <message numerus="yes">
        <source>there is no column {number}; the file has %n columns</source>
        <translation>
            <numerusform>столбца {number} нет; в файле %n столбец</numerusform>
            <numerusform>столбца {number} нет; в файле %n столбца</numerusform>
            <numerusform>столбца {number} нет; в файле %n столбцов</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no column {column}; the columns are: {columns}</source>
        <translation>столбца {column} нет; есть столбцы: {columns}</translation>
    </message>
    <message>
        <source>--map {option}: write it as COLUMN=FIELD, e.g. &apos;Wer=full_name&apos;</source>
        <translation>--map {option}: укажите в виде СТОЛБЕЦ=ПОЛЕ, например &apos;Wer=full_name&apos;</translation>
    </message>
    <message>
        <source>--map {option}: {problem}</source>
        <translation>--map {option}: {problem}</translation>
    </message>
    <message>
        <source>--map gives {fields} to more than one column</source>
        <translation>--map назначает {fields} более чем одному столбцу</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file: line {line} holds a NUL byte</source>
        <translation>{file} не является текстовым файлом (CSV): строка {line} содержит байт NUL</translation>
    </message>
    <message>
        <source>{file}: line {line} is longer than {millions} million characters; this is not a participant list</source>
        <translation>{file}: строка {line} длиннее {millions} млн символов; это не список участников</translation>
    </message>
    <message>
        <source>the file says it is UTF-8 but line {line} is not; letters that could not be read are shown as �</source>
        <translation>файл объявлен как UTF-8, но строка {line} записана не в UTF-8; символы, которые не удалось прочитать, показаны как �</translation>
    </message>
    <message>
        <source>read as UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation>прочитан как UTF-16 («Текст в Юникоде» из Excel)</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as {encoding}</source>
        <translation>файл не в UTF-8; он прочитан как {encoding}</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1252; it was read as Latin-1, so check accented letters</source>
        <translation>файл не в UTF-8 и не в Windows-1252; он прочитан как Latin-1, поэтому проверьте буквы с диакритическими знаками</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file</source>
        <translation>{file} не является текстовым файлом (CSV)</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file (it holds binary data)</source>
        <translation>{file} не является текстовым файлом (CSV) (содержит двоичные данные)</translation>
    </message>
    <message>
        <source>an opening quote is never closed, so lines {start}–{end} were read as one cell; close the quote, or write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>открывающая кавычка не закрыта, поэтому строки {start}–{end} прочитаны как одна ячейка; закройте кавычку или запишите кавычку внутри ячейки двумя (&quot;&quot;)</translation>
    </message>
    <message>
        <source>an opening quote is never closed; close it, or write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>открывающая кавычка не закрыта; закройте её или запишите кавычку внутри ячейки двумя (&quot;&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {start} closes only on line {end}, so lines {start}–{end} were read as one row of %n cells where the header has {width}; check the quotes</source>
        <translation>
            <numerusform>кавычка, открытая в строке {start}, закрывается только в строке {end}, поэтому строки {start}–{end} прочитаны как одна строка из %n ячейки, а в заголовке их {width}; проверьте кавычки</numerusform>
            <numerusform>кавычка, открытая в строке {start}, закрывается только в строке {end}, поэтому строки {start}–{end} прочитаны как одна строка из %n ячеек, а в заголовке их {width}; проверьте кавычки</numerusform>
            <numerusform>кавычка, открытая в строке {start}, закрывается только в строке {end}, поэтому строки {start}–{end} прочитаны как одна строка из %n ячеек, а в заголовке их {width}; проверьте кавычки</numerusform>
        </translation>
    </message>
    <message>
        <source>text follows the closing quote of a cell; put the whole cell in quotes and write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>после закрывающей кавычки ячейки идёт текст; заключите всю ячейку в кавычки, а кавычку внутри ячейки запишите двумя (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the quotes do not follow the CSV rules ({reason}); write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>кавычки не соответствуют правилам CSV ({reason}); запишите кавычку внутри ячейки двумя (&quot;&quot;)</translation>
    </message>
    <message>
        <source>{file}: line {line} cannot be read as {encoding}; choose another encoding</source>
        <translation>{file}: строку {line} не удаётся прочитать как {encoding}; выберите другую кодировку</translation>
    </message>
    <message>
        <source>{file}: line {line} cannot be read as text (UTF-16 was expected)</source>
        <translation>{file}: строку {line} не удаётся прочитать как текст (ожидалась кодировка UTF-16)</translation>
    </message>
    <message>
        <source>{file}: line {line}: an opening quote is never closed (the cell runs past line {last}, longer than any cell can be); close the quote, or write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>{file}: строка {line}: открывающая кавычка не закрыта (ячейка продолжается дальше строки {last} — длиннее, чем может быть ячейка); закройте кавычку или запишите кавычку внутри ячейки двумя (&quot;&quot;)</translation>
    </message>
    <message>
        <source>{file}: line {line}: the CSV cannot be read ({reason})</source>
        <translation>{file}: строка {line}: не удаётся прочитать CSV ({reason})</translation>
    </message>
    <message>
        <source>{dates} ({times})</source>
        <translation>{dates} ({times})</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>no participation {participation} in this event</source>
        <translation>в этом мероприятии нет участника {participation}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no time</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>Set duration of {item} to {minutes} min</source>
        <translation>Изменение длительности пункта {item} на {minutes} мин</translation>
    </message>
    <message>
        <source>Set kind of {item} to {kind}</source>
        <translation>Изменение типа пункта {item} на «{kind}»</translation>
    </message>
    <message>
        <source>Rename {item} to {title}</source>
        <translation>Переименование пункта {item} в {title}</translation>
    </message>
    <message>
        <source>Set anchor of {item} to {time}</source>
        <translation>Изменение фиксированного времени пункта {item}: {time}</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>Перемещение пункта {item} вверх</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>Перемещение пункта {item} вниз</translation>
    </message>
    <message>
        <source>Move {item}</source>
        <translation>Перемещение пункта {item}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items up</source>
        <translation>
            <numerusform>Перемещение %n пункта вверх</numerusform>
            <numerusform>Перемещение %n пунктов вверх</numerusform>
            <numerusform>Перемещение %n пунктов вверх</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items down</source>
        <translation>
            <numerusform>Перемещение %n пункта вниз</numerusform>
            <numerusform>Перемещение %n пунктов вниз</numerusform>
            <numerusform>Перемещение %n пунктов вниз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>Перемещение %n пункта</numerusform>
            <numerusform>Перемещение %n пунктов</numerusform>
            <numerusform>Перемещение %n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {item}</source>
        <translation>Добавление пункта {item}</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Удаление пункта {item}</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n items</source>
        <translation>
            <numerusform>Удаление %n пункта</numerusform>
            <numerusform>Удаление %n пунктов</numerusform>
            <numerusform>Удаление %n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit “{day}” to its slot</source>
        <translation>Подгонка дня «{day}» к интервалу</translation>
    </message>
    <message>
        <source>Set speakers of {item}</source>
        <translation>Изменение выступающих пункта {item}</translation>
    </message>
    <message>
        <source>Add day “{day}”</source>
        <translation>Добавление дня «{day}»</translation>
    </message>
    <message>
        <source>Set slot of “{day}” to {start}–{end}</source>
        <translation>Изменение интервала дня «{day}» на {start}–{end}</translation>
    </message>
    <message>
        <source>New event {title}</source>
        <translation>Создание мероприятия {title}</translation>
    </message>
    <message>
        <source>Delete event {title}</source>
        <translation>Удаление мероприятия {title}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (копия)</translation>
    </message>
    <message>
        <source>Duplicate event {title}</source>
        <translation>Дублирование мероприятия {title}</translation>
    </message>
    <message>
        <source>Add {name} to {event}</source>
        <translation>Добавление в {event}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants to {event}</source>
        <translation>
            <numerusform>Добавление в {event}: %n участник</numerusform>
            <numerusform>Добавление в {event}: %n участника</numerusform>
            <numerusform>Добавление в {event}: %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {name} from {event}</source>
        <translation>Исключение из {event}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participants from {event}</source>
        <translation>
            <numerusform>Исключение из {event}: %n участник</numerusform>
            <numerusform>Исключение из {event}: %n участника</numerusform>
            <numerusform>Исключение из {event}: %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {name} up</source>
        <translation>Перемещение вверх: {name}</translation>
    </message>
    <message>
        <source>Move {name} down</source>
        <translation>Перемещение вниз: {name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Перемещение: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants up</source>
        <translation>
            <numerusform>Перемещение вверх: %n участник</numerusform>
            <numerusform>Перемещение вверх: %n участника</numerusform>
            <numerusform>Перемещение вверх: %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants down</source>
        <translation>
            <numerusform>Перемещение вниз: %n участник</numerusform>
            <numerusform>Перемещение вниз: %n участника</numerusform>
            <numerusform>Перемещение вниз: %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants</source>
        <translation>
            <numerusform>Перемещение: %n участник</numerusform>
            <numerusform>Перемещение: %n участника</numerusform>
            <numerusform>Перемещение: %n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the name of {name} on the card</source>
        <translation>Сброс имени на табличке: {name}</translation>
    </message>
    <message>
        <source>Set name on card of {name} to {value}</source>
        <translation>Изменение имени на табличке: {name} — {value}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no delegation</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>Set role of {name} to {value}</source>
        <translation>Изменение роли: {name} — {value}</translation>
    </message>
    <message>
        <source>Set delegation of {name} to {value}</source>
        <translation>Изменение делегации: {name} — {value}</translation>
    </message>
    <message>
        <source>Set attendance of {name} to {value}</source>
        <translation>Изменение статуса участия: {name} — {value}</translation>
    </message>
    <message>
        <source>Set {field} of {name} to {value}</source>
        <translation>Изменение поля «{field}»: {name} — {value}</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>Edit person {name}</source>
        <translation>Изменение данных: {name}</translation>
    </message>
    <message>
        <source>Add person {name}</source>
        <translation>Добавление человека: {name}</translation>
    </message>
    <message>
        <source>Delete person {name}</source>
        <translation>Удаление человека: {name}</translation>
    </message>
    <message>
        <source>Merge {merged} into {kept}</source>
        <translation>Объединение: {merged} → {kept}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>{name} has declined and cannot be seated.</source>
        <translation>{name}: отказ от участия, поэтому назначить место нельзя.</translation>
    </message>
    <message>
        <source>Seat {seat} is locked; unlock it first.</source>
        <translation>Место {seat} закреплено; сначала открепите его.</translation>
    </message>
    <message>
        <source>{name} is in locked seat {seat}; unlock it first.</source>
        <translation>{name} занимает закреплённое место {seat}; сначала открепите его.</translation>
    </message>
    <message>
        <source>A rule needs two different people.</source>
        <translation>В правиле должны быть два разных человека.</translation>
    </message>
    <message>
        <source>{first} and {second} already have a rule; remove it first.</source>
        <translation>Для пары {first} и {second} уже есть правило; сначала удалите его.</translation>
    </message>
    <message>
        <source>New seating plan {plan}</source>
        <translation>Создание плана рассадки {plan}</translation>
    </message>
    <message>
        <source>Edit seating plan {plan}</source>
        <translation>Изменение плана рассадки {plan}</translation>
    </message>
    <message>
        <source>Delete seating plan {plan}</source>
        <translation>Удаление плана рассадки {plan}</translation>
    </message>
    <message>
        <source>Seat {name} at seat {seat}</source>
        <translation>Рассадка: {name} — место {seat}</translation>
    </message>
    <message>
        <source>Move {name} to seat {seat}</source>
        <translation>Пересадка: {name} — место {seat}</translation>
    </message>
    <message>
        <source>Swap {first} and {second}</source>
        <translation>Обмен местами: {first} и {second}</translation>
    </message>
    <message>
        <source>Unseat {name}</source>
        <translation>Освобождение места: {name}</translation>
    </message>
    <message>
        <source>Lock seat {seat}</source>
        <translation>Закрепление места {seat}</translation>
    </message>
    <message>
        <source>Unlock seat {seat}</source>
        <translation>Открепление места {seat}</translation>
    </message>
    <message>
        <source>Label seat {seat} {label}</source>
        <translation>Подпись места {seat}: {label}</translation>
    </message>
    <message>
        <source>Clear label of seat {seat}</source>
        <translation>Удаление подписи места {seat}</translation>
    </message>
    <message>
        <source>Auto-seat {plan}</source>
        <translation>Автоматическая рассадка {plan}</translation>
    </message>
    <message>
        <source>Clear unlocked seats of {plan}</source>
        <translation>Освобождение незакреплённых мест плана {plan}</translation>
    </message>
    <message>
        <source>Remove rule for {first} and {second}</source>
        <translation>Удаление правила для пары {first} и {second}</translation>
    </message>
    <message>
        <source>US</source>
        <comment>country as an adjective</comment>
        <translation>США</translation>
    </message>
    <message>
        <source>Japanese</source>
        <comment>country as an adjective</comment>
        <translation>Японии</translation>
    </message>
    <message>
        <source>Russian</source>
        <comment>country as an adjective</comment>
        <translation>России</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>country as an adjective</comment>
        <translation>Китая</translation>
    </message>
    <message>
        <source>South Korean</source>
        <comment>country as an adjective</comment>
        <translation>Южной Кореи</translation>
    </message>
    <message>
        <source>Korean</source>
        <comment>country as an adjective</comment>
        <translation>Кореи</translation>
    </message>
    <message>
        <source>British</source>
        <comment>country as an adjective</comment>
        <translation>Великобритании</translation>
    </message>
    <message>
        <source>German</source>
        <comment>country as an adjective</comment>
        <translation>Германии</translation>
    </message>
    <message>
        <source>French</source>
        <comment>country as an adjective</comment>
        <translation>Франции</translation>
    </message>
    <message>
        <source>Canadian</source>
        <comment>country as an adjective</comment>
        <translation>Канады</translation>
    </message>
    <message>
        <source>Australian</source>
        <comment>country as an adjective</comment>
        <translation>Австралии</translation>
    </message>
    <message>
        <source>Indian</source>
        <comment>country as an adjective</comment>
        <translation>Индии</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <comment>country as an adjective</comment>
        <translation>Украины</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <comment>country as an adjective</comment>
        <translation>Монголии</translation>
    </message>
    <message>
        <source>Taiwanese</source>
        <comment>country as an adjective</comment>
        <translation>Тайваня</translation>
    </message>
    <message>
        <source>a {country} scholar</source>
        <translation>учёный из {country}</translation>
    </message>
    <message>
        <source>a {country} analyst</source>
        <translation>аналитик из {country}</translation>
    </message>
    <message>
        <source>a {country} official</source>
        <translation>госслужащий из {country}</translation>
    </message>
    <message>
        <source>a {country} international official</source>
        <translation>сотрудник международной организации из {country}</translation>
    </message>
    <message>
        <source>a {country} foundation representative</source>
        <translation>представитель фонда из {country}</translation>
    </message>
    <message>
        <source>a {country} NGO representative</source>
        <translation>представитель НКО из {country}</translation>
    </message>
    <message>
        <source>a {country} business representative</source>
        <translation>представитель бизнеса из {country}</translation>
    </message>
    <message>
        <source>a {country} journalist</source>
        <translation>журналист из {country}</translation>
    </message>
    <message>
        <source>a {country} participant</source>
        <translation>участник из {country}</translation>
    </message>
    <message>
        <source>a scholar</source>
        <translation>учёный</translation>
    </message>
    <message>
        <source>an analyst</source>
        <translation>аналитик</translation>
    </message>
    <message>
        <source>an official</source>
        <translation>госслужащий</translation>
    </message>
    <message>
        <source>an international official</source>
        <translation>сотрудник международной организации</translation>
    </message>
    <message>
        <source>a foundation representative</source>
        <translation>представитель фонда</translation>
    </message>
    <message>
        <source>an NGO representative</source>
        <translation>представитель НКО</translation>
    </message>
    <message>
        <source>a business representative</source>
        <translation>представитель бизнеса</translation>
    </message>
    <message>
        <source>a journalist</source>
        <translation>журналист</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>the moderator</source>
        <translation>модератор</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>организатор</translation>
    </message>
    <message>
        <source>a member of the {country} delegation</source>
        <translation>член делегации {country}</translation>
    </message>
    <message>
        <source>a member of a delegation</source>
        <translation>член делегации</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>именованный канал</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: файл не найден</translation>
    </message>
    <message>
        <source>{file} is a folder, not {what}</source>
        <translation>{file} — папка, а не {what}</translation>
    </message>
    <message>
        <source>{file} is {kind}, not {what}</source>
        <translation>{file} — {kind}, а не {what}</translation>
    </message>
    <message>
        <source>this event has no minutes yet; write them on the Log tab&apos;s Minutes page (Log ▸ Minutes)</source>
        <translation>у этого мероприятия пока нет протокола; его можно написать на вкладке «Журнал», на странице «Протокол» (Журнал ▸ Протокол)</translation>
    </message>
    <message>
        <source>someone no longer in the event</source>
        <translation>человек, который больше не участвует в мероприятии</translation>
    </message>
    <message>
        <source>an item no longer on the agenda</source>
        <translation>пункт, которого больше нет в программе</translation>
    </message>
    <message>
        <source>choose at least one part of the log to export</source>
        <translation>выберите хотя бы одну часть журнала для экспорта</translation>
    </message>
    <message>
        <source>Nothing has been timed yet: the moderator’s timer records when each item and each speaker&apos;s turn starts and ends.</source>
        <translation>Время ещё не замерялось: таймер модератора записывает начало и конец каждого пункта и каждого выступления.</translation>
    </message>
    <message>
        <source>The agenda has no items, so there is nothing to plan against.</source>
        <translation>В программе нет пунктов, поэтому сравнивать не с чем.</translation>
    </message>
    <message>
        <source>Nothing has been written in the journal yet.</source>
        <translation>В журнале пока нет записей.</translation>
    </message>
    <message>
        <source>No changes have been recorded.</source>
        <translation>Изменения не записывались.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Lengths as on a clock: 12:30 is twelve and a half minutes; a positive difference ran over the plan.</source>
        <translation>Длительности указаны как на часах: 12:30 — это двенадцать с половиной минут; положительная разница означает превышение плана.</translation>
    </message>
    <message>
        <source>Item: {item}</source>
        <translation>Пункт: {item}</translation>
    </message>
    <message>
        <source>People: {names}</source>
        <translation>Люди: {names}</translation>
    </message>
    <message>
        <source>By: {author}</source>
        <translation>Автор: {author}</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Earlier texts:</source>
        <translation>Прежние версии текста:</translation>
    </message>
    <message>
        <source>Replaced {moment} by {author}: {text}</source>
        <translation>Заменено {moment}, автор — {author}: {text}</translation>
    </message>
    <message>
        <source>Replaced {moment}: {text}</source>
        <translation>Заменено {moment}: {text}</translation>
    </message>
    <message>
        <source>{title} — Event log</source>
        <translation>{title} — Журнал мероприятия</translation>
    </message>
    <message>
        <source>Times are {zone}.</source>
        <translation>Часовой пояс: {zone}.</translation>
    </message>
    <message>
        <source>cannot export the log as a {suffix} file; name the file .pdf, .csv or .md</source>
        <translation>не удаётся экспортировать журнал в файл {suffix}; укажите расширение .pdf, .csv или .md</translation>
    </message>
    <message>
        <source>cannot export the log as a file without a suffix; name the file .pdf, .csv or .md</source>
        <translation>не удаётся экспортировать журнал в файл без расширения; укажите расширение .pdf, .csv или .md</translation>
    </message>
    <message>
        <source>‘{name}’ was kept whole as the family name; split it into family and given name</source>
        <translation>«{name}» целиком сохранено как фамилия; разделите на фамилию и имя</translation>
    </message>
    <message>
        <source>‘{name}’ has no space between family and given name, so it was kept whole as the family name; split it if you know where</source>
        <translation>В «{name}» нет пробела между фамилией и именем, поэтому всё сохранено как фамилия; разделите, если знаете, где граница</translation>
    </message>
    <message>
        <source>‘({text})’ was left out of the name</source>
        <translation>«({text})» не включено в имя</translation>
    </message>
    <message>
        <source>‘{text}’ after the name was left out</source>
        <translation>«{text}» после имени не включено</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>человек № {id}</translation>
    </message>
    <message numerus="yes">
        <source>‘{text}’ holds %n email addresses; keep one</source>
        <translation>
            <numerusform>«{text}» содержит %n адрес эл. почты; оставьте один</numerusform>
            <numerusform>«{text}» содержит %n адреса эл. почты; оставьте один</numerusform>
            <numerusform>«{text}» содержит %n адресов эл. почты; оставьте один</numerusform>
        </translation>
    </message>
    <message>
        <source>‘{text}’ is not an email address</source>
        <translation>«{text}» — не адрес эл. почты</translation>
    </message>
    <message>
        <source>unknown field {field}; the fields are: {fields}</source>
        <translation>неизвестное поле {field}; допустимые поля: {fields}</translation>
    </message>
    <message>
        <source>there is no column {number}</source>
        <translation>столбца {number} нет</translation>
    </message>
    <message>
        <source>the columns {columns} all give the field ‘{field}’; keep one and ignore the others ({options})</source>
        <translation>все столбцы {columns} задают поле «{field}»; оставьте один, а остальные пропустите ({options})</translation>
    </message>
    <message>
        <source>no column holds names: map one to full_name, given_name and family_name, or native_name (--map COLUMN=full_name)</source>
        <translation>ни в одном столбце нет имён: сопоставьте столбец с full_name, с given_name и family_name или с native_name (--map СТОЛБЕЦ=full_name)</translation>
    </message>
    <message>
        <source>the list has a header but no rows</source>
        <translation>в списке есть строка заголовков, но нет строк с данными</translation>
    </message>
    <message>
        <source>{column} is a formula the file stores no result for ({formula}); open the file in Excel or LibreOffice, save it, and import it again</source>
        <translation>{column}: формула, результат которой не сохранён в файле ({formula}); откройте файл в Excel или LibreOffice, сохраните его и импортируйте заново</translation>
    </message>
    <message>
        <source>‘{name}’ may be the existing {existing}, but is added as a new person (--possible-match new)</source>
        <translation>«{name}» — возможно, тот же человек, что и {existing}, но добавляется как новый человек (--possible-match new)</translation>
    </message>
    <message>
        <source>‘{name}’ is taken to be the existing {existing} (--possible-match existing)</source>
        <translation>«{name}» считается тем же человеком, что и {existing} (--possible-match existing)</translation>
    </message>
    <message>
        <source>‘{name}’ may be any of the existing {people}, so --possible-match existing cannot choose; add an email address that tells them apart, or use --possible-match new</source>
        <translation>«{name}» может быть любым из людей, уже имеющихся в справочнике ({people}), поэтому --possible-match existing не может сделать выбор; добавьте адрес эл. почты, по которому их можно различить, или используйте --possible-match new</translation>
    </message>
    <message>
        <source>‘{name}’ may be the existing {existing}; choose in the Match column whether it is, or a new person</source>
        <translation>«{name}» — возможно, тот же человек, что и {existing}; укажите в столбце «Совпадение», так ли это или это новый человек</translation>
    </message>
    <message>
        <source>‘{name}’ may be one of the existing {people}; choose in the Match column which, or a new person</source>
        <translation>«{name}» — возможно, один из людей, уже имеющихся в справочнике ({people}); укажите в столбце «Совпадение», кто именно, или что это новый человек</translation>
    </message>
    <message>
        <source>‘{name}’ may be the existing {existing}; use --possible-match existing or new</source>
        <translation>«{name}» — возможно, тот же человек, что и {existing}; используйте --possible-match existing или new</translation>
    </message>
    <message>
        <source>‘{name}’ may be one of the existing {people}; use --possible-match new, or add an email address that tells them apart</source>
        <translation>«{name}» — возможно, один из людей, уже имеющихся в справочнике ({people}); используйте --possible-match new или добавьте адрес эл. почты, по которому их можно различить</translation>
    </message>
    <message>
        <source>the name on the card</source>
        <translation>имя на табличке</translation>
    </message>
    <message>
        <source>there is no name in Latin script; the native name is used as the name too</source>
        <translation>нет имени латиницей; имя в оригинальном написании используется и как основное имя</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>нет имени</translation>
    </message>
    <message>
        <source>the position ‘{position}’ has no organisation; it was put in the person&apos;s notes</source>
        <translation>у должности «{position}» не указана организация; должность перенесена в заметки о человеке</translation>
    </message>
    <message>
        <source>{positions} positions for {organisations} organisations; the positions were all given to the first one</source>
        <translation>должностей: {positions}, организаций: {organisations}; все должности отнесены к первой организации</translation>
    </message>
    <message>
        <source>unknown role ‘{role}’ (use one of: {choices})</source>
        <translation>неизвестная роль «{role}» (допустимые значения: {choices})</translation>
    </message>
    <message>
        <source>unknown attendance ‘{attendance}’ (use one of: {choices})</source>
        <translation>неизвестный статус участия «{attendance}» (допустимые значения: {choices})</translation>
    </message>
    <message numerus="yes">
        <source>matches %n people in the directory by email: {people}; pick one, or add an email address that tells them apart</source>
        <translation>
            <numerusform>по адресу эл. почты в справочнике найден %n человек: {people}; выберите нужного или добавьте адрес эл. почты, по которому их можно различить</numerusform>
            <numerusform>по адресу эл. почты в справочнике найдено %n человека: {people}; выберите нужного или добавьте адрес эл. почты, по которому их можно различить</numerusform>
            <numerusform>по адресу эл. почты в справочнике найдено %n человек: {people}; выберите нужного или добавьте адрес эл. почты, по которому их можно различить</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>matches %n people in the directory by name: {people}; pick one, or add an email address that tells them apart</source>
        <translation>
            <numerusform>по имени в справочнике найден %n человек: {people}; выберите нужного или добавьте адрес эл. почты, по которому их можно различить</numerusform>
            <numerusform>по имени в справочнике найдено %n человека: {people}; выберите нужного или добавьте адрес эл. почты, по которому их можно различить</numerusform>
            <numerusform>по имени в справочнике найдено %n человек: {people}; выберите нужного или добавьте адрес эл. почты, по которому их можно различить</numerusform>
        </translation>
    </message>
    <message>
        <source>matches {name} by email (already in the directory, where the name is written differently)</source>
        <translation>совпадение по адресу эл. почты: {name} (уже есть в справочнике, но имя там написано иначе)</translation>
    </message>
    <message>
        <source>matches {name} (already in the directory) by name, though the directory has another email address ({email}); the directory&apos;s entry is used</source>
        <translation>совпадение по имени: {name} (уже есть в справочнике), хотя в справочнике указан другой адрес эл. почты ({email}); используется запись из справочника</translation>
    </message>
    <message>
        <source>{name} already takes part in this event; skipped</source>
        <translation>{name} уже участвует в этом мероприятии; пропущено</translation>
    </message>
    <message>
        <source>matches {name} (already in the directory)</source>
        <translation>совпадение: {name} (уже есть в справочнике)</translation>
    </message>
    <message>
        <source>‘{name}’</source>
        <comment>a person&apos;s name in quotes</comment>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>repeats line {line} (both are {name})</source>
        <translation>повторяет строку {line} (в обеих — {name})</translation>
    </message>
    <message>
        <source>repeats line {line} (same email address)</source>
        <translation>повторяет строку {line} (тот же адрес эл. почты)</translation>
    </message>
    <message>
        <source>has the same name as line {line} but another email address, so it is imported as a different person</source>
        <translation>то же имя, что и в строке {line}, но другой адрес эл. почты, поэтому импортируется как другой человек</translation>
    </message>
    <message>
        <source>repeats line {line} (same name)</source>
        <translation>повторяет строку {line} (то же имя)</translation>
    </message>
    <message>
        <source>the list has no line {line}</source>
        <translation>в списке нет строки {line}</translation>
    </message>
    <message>
        <source>line {line} cannot be matched to person {id}</source>
        <translation>строку {line} нельзя сопоставить с человеком № {id}</translation>
    </message>
    <message>
        <source>added as a new person, not the existing {existing}</source>
        <translation>добавляется как новый человек, а не как уже имеющийся {existing}</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n rows: {new} new people, {existing} already in the directory, {skipped} skipped</source>
        <translation>
            <numerusform>{source}: %n строка: новых людей — {new}, уже в справочнике — {existing}, пропущено — {skipped}</numerusform>
            <numerusform>{source}: %n строки: новых людей — {new}, уже в справочнике — {existing}, пропущено — {skipped}</numerusform>
            <numerusform>{source}: %n строк: новых людей — {new}, уже в справочнике — {existing}, пропущено — {skipped}</numerusform>
        </translation>
    </message>
    <message>
        <source>the list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>encoding: {encoding}</source>
        <translation>кодировка: {encoding}</translation>
    </message>
    <message>
        <source>columns: {columns}</source>
        <translation>столбцы: {columns}</translation>
    </message>
    <message>
        <source>ignored columns: {columns}</source>
        <translation>пропущенные столбцы: {columns}</translation>
    </message>
    <message>
        <source>new organisations: {names}</source>
        <translation>новые организации: {names}</translation>
    </message>
    <message>
        <source>new delegations: {names}</source>
        <translation>новые делегации: {names}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n problems; nothing is imported until they are fixed:</source>
        <translation>
            <numerusform>%n проблема; до устранения ничего не импортируется:</numerusform>
            <numerusform>%n проблемы; до устранения ничего не импортируется:</numerusform>
            <numerusform>%n проблем; до устранения ничего не импортируется:</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>строка {line}: {text}</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>проблема: {problem}</translation>
    </message>
    <message>
        <source>nothing was imported; fix these first: {problems}</source>
        <translation>ничего не импортировано; сначала устраните следующее: {problems}</translation>
    </message>
    <message>
        <source>this list was checked for another event; check it again for this one</source>
        <translation>этот список проверялся для другого мероприятия; проверьте его заново для этого</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants into “{title}”</source>
        <translation>
            <numerusform>Импорт %n участника в мероприятие «{title}»</numerusform>
            <numerusform>Импорт %n участников в мероприятие «{title}»</numerusform>
            <numerusform>Импорт %n участников в мероприятие «{title}»</numerusform>
        </translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>участник № {id}</translation>
    </message>
    <message>
        <source>The event has no venue: add its name and address in the event&apos;s details.</source>
        <translation>Не указано место проведения: добавьте его название и адрес в сведениях о мероприятии.</translation>
    </message>
    <message>
        <source>The venue has no street address: add it in the event&apos;s details, so people can find it.</source>
        <translation>У места проведения не указан адрес: добавьте его в сведениях о мероприятии, чтобы участники могли его найти.</translation>
    </message>
    <message>
        <source>The event has no usable time zone, so its clock times mean nothing: choose one in the event&apos;s details.</source>
        <translation>У мероприятия не задан корректный часовой пояс, поэтому указанное время ничего не значит: выберите пояс в сведениях о мероприятии.</translation>
    </message>
    <message>
        <source>The event&apos;s dates are past but it is still marked {status}: mark it held or cancelled in the event&apos;s details.</source>
        <translation>Даты мероприятия прошли, но у него всё ещё статус «{status}»: отметьте его как проведённое или отменённое в сведениях о мероприятии.</translation>
    </message>
    <message>
        <source>The event has no participants yet: add them in the Participants tab.</source>
        <translation>В мероприятии пока нет участников: добавьте их на вкладке «Участники».</translation>
    </message>
    <message>
        <source>{name} speaks but has no bio for the moderator to introduce them from: add one on their page.</source>
        <translation>{name}: выступает, но нет биографии, по которой модератор мог бы представить выступающего; добавьте её на странице человека.</translation>
    </message>
    <message>
        <source>{name} has no bio: add one on their page for the bios booklet.</source>
        <translation>{name}: нет биографии; добавьте её на странице человека для буклета биографий.</translation>
    </message>
    <message>
        <source>{name} has no photo: add one on their page for the bios booklet.</source>
        <translation>{name}: нет фото; добавьте его на странице человека для буклета биографий.</translation>
    </message>
    <message>
        <source>{name} has no affiliation: add one on their page; name cards and the programme print it.</source>
        <translation>{name}: не указана организация; добавьте её на странице человека — она печатается на именных табличках и в программе.</translation>
    </message>
    <message>
        <source>{name} has not confirmed they are coming: ask, and set their attendance.</source>
        <translation>{name}: участие не подтверждено; уточните и укажите статус участия.</translation>
    </message>
    <message>
        <source>{name}&apos;s name has characters no font of the app can print ({chars}): spell it with others, or their name card and lists will show boxes.</source>
        <translation>{name}: в имени есть символы, которые не может напечатать ни один шрифт приложения ({chars}); замените их другими, иначе на именной табличке и в списках вместо них будут квадраты.</translation>
    </message>
    <message>
        <source>{name} ({role}) speaks on no agenda item: add them to one in the Agenda tab.</source>
        <translation>{name} ({role}): не выступает ни в одном пункте программы; добавьте участника в один из пунктов на вкладке «Программа».</translation>
    </message>
    <message>
        <source>{name} ({role}) chairs or speaks on no agenda item: name them on the items they run in the Agenda tab.</source>
        <translation>{name} ({role}): не председательствует и не выступает ни в одном пункте программы; укажите участника в пунктах, которые он ведёт, на вкладке «Программа».</translation>
    </message>
    <message>
        <source>The event has no agenda yet: add its items in the Agenda tab.</source>
        <translation>У мероприятия пока нет программы: добавьте пункты на вкладке «Программа».</translation>
    </message>
    <message>
        <source>“{title}” has nobody to give it: choose its speaker in the Agenda tab.</source>
        <translation>У пункта «{title}» нет выступающего: выберите его на вкладке «Программа».</translation>
    </message>
    <message>
        <source>“{title}” has no speaker and no chair: name them in the Agenda tab.</source>
        <translation>У пункта «{title}» нет ни выступающего, ни председателя: укажите их на вкладке «Программа».</translation>
    </message>
    <message>
        <source>{date}: {warning}</source>
        <translation>{date}: {warning}</translation>
    </message>
    <message>
        <source>The event has no seating plan: make one in the Seating tab if people sit at a table.</source>
        <translation>У мероприятия нет плана рассадки: создайте его на вкладке «Рассадка», если участники сидят за столом.</translation>
    </message>
    <message>
        <source>No seat on {day} for {names}: seat them in the Seating tab.</source>
        <translation>Без места ({day}): {names}; рассадите их на вкладке «Рассадка».</translation>
    </message>
    <message>
        <source>No seat for {names}: seat them in the Seating tab.</source>
        <translation>Без места: {names}; рассадите их на вкладке «Рассадка».</translation>
    </message>
    <message>
        <source>{name} has a seat in {plans} on {day}: right if those are separate sittings, else free one of the seats in the Seating tab.</source>
        <translation>{name}: есть места в планах {plans} ({day}); это верно, если это разные заседания, иначе освободите одно из мест на вкладке «Рассадка».</translation>
    </message>
    <message>
        <source>{name} has a seat in {plans}: right if those are separate sittings, else free one of the seats in the Seating tab.</source>
        <translation>{name}: есть места в планах {plans}; это верно, если это разные заседания, иначе освободите одно из мест на вкладке «Рассадка».</translation>
    </message>
    <message>
        <source>“{plan}”: {problem}</source>
        <translation>«{plan}»: {problem}</translation>
    </message>
    <message>
        <source>Name cards have not been printed yet: print them from the Participants tab.</source>
        <translation>Именные таблички ещё не напечатаны: напечатайте их на вкладке «Участники».</translation>
    </message>
    <message>
        <source>Names changed since the name cards were last printed: print them again.</source>
        <translation>После последней печати именных табличек имена изменились: напечатайте таблички заново.</translation>
    </message>
    <message>
        <source>host</source>
        <comment>seating rule</comment>
        <translation>организатор</translation>
    </message>
    <message>
        <source>guest of honour</source>
        <translation>почётный гость</translation>
    </message>
    <message>
        <source>guest of honour by precedence</source>
        <translation>почётный гость по старшинству</translation>
    </message>
    <message>
        <source>{first} and {second} were to sit together but sit at seats {a} and {b}.</source>
        <translation>{first} и {second} должны сидеть рядом, но сидят на местах {a} и {b}.</translation>
    </message>
    <message>
        <source>{first} and {second} were to sit together but {missing} has no seat.</source>
        <translation>{first} и {second} должны сидеть рядом, но {missing} остаётся без места.</translation>
    </message>
    <message>
        <source>{first} and {second} were to sit apart but sit side by side at seats {a} and {b}.</source>
        <translation>{first} и {second} должны сидеть отдельно, но сидят рядом на местах {a} и {b}.</translation>
    </message>
    <message>
        <source>Seat {a} is empty while seat {b}, further down the order, is taken.</source>
        <translation>Место {a} свободно, хотя место {b}, стоящее дальше по порядку, занято.</translation>
    </message>
    <message>
        <source>{second} comes before {first} by precedence but sits further from the head (seat {b}, after seat {a}).</source>
        <translation>{second} по старшинству идёт раньше, чем {first}, но сидит дальше от места во главе стола (место {b} после места {a}).</translation>
    </message>
    <message>
        <source>{first} and {second}, both of the {delegation}, face each other at seats {a} and {b}.</source>
        <translation>{first} и {second} из одной делегации ({delegation}) сидят друг напротив друга на местах {a} и {b}.</translation>
    </message>
    <message>
        <source>{first} and {second}, both of the {delegation}, sit side by side at seats {a} and {b}.</source>
        <translation>{first} и {second} из одной делегации ({delegation}) сидят рядом на местах {a} и {b}.</translation>
    </message>
    <message>
        <source>{first} and {second} sit side by side at seats {a} and {b} but are of different delegations ({delegation}, {other}).</source>
        <translation>{first} и {second} сидят рядом на местах {a} и {b}, но они из разных делегаций ({delegation}, {other}).</translation>
    </message>
    <message numerus="yes">
        <source>No seat for {names}: %n participants for {seats} seats.</source>
        <translation>
            <numerusform>Без места: {names}. На %n участника мест всего {seats}.</numerusform>
            <numerusform>Без места: {names}. На %n участников мест всего {seats}.</numerusform>
            <numerusform>Без места: {names}. На %n участников мест всего {seats}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No seat for {names}.</source>
        <translation>Без места: {names}.</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head (seat {seat}) but sits at seat {actual}.</source>
        <translation>{name} ({role}) сидит на месте {actual}, а положено — во главе стола (место {seat}).</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head (seat {seat}) but has no seat.</source>
        <translation>{name} ({role}) остаётся без места, а положено — во главе стола (место {seat}).</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head&apos;s right (seat {seat}) but sits at seat {actual}.</source>
        <translation>{name} ({role}) сидит на месте {actual}, а положено — справа от сидящего во главе стола (место {seat}).</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head&apos;s right (seat {seat}) but has no seat.</source>
        <translation>{name} ({role}) остаётся без места, а положено — справа от сидящего во главе стола (место {seat}).</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head&apos;s left (seat {seat}) but sits at seat {actual}.</source>
        <translation>{name} ({role}) сидит на месте {actual}, а положено — слева от сидящего во главе стола (место {seat}).</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head&apos;s left (seat {seat}) but has no seat.</source>
        <translation>{name} ({role}) остаётся без места, а положено — слева от сидящего во главе стола (место {seat}).</translation>
    </message>
    <message>
        <source>“{title}” has no agenda to run: add its items in the Agenda tab first</source>
        <translation>У мероприятия «{title}» нет программы для проведения: сначала добавьте пункты на вкладке «Программа»</translation>
    </message>
    <message>
        <source>“{title}” has no day {number}</source>
        <translation>У мероприятия «{title}» нет дня {number}</translation>
    </message>
    <message>
        <source>{day} has no agenda items to run</source>
        <translation>{day}: нет пунктов программы для проведения</translation>
    </message>
    <message>
        <source>planned {length}, extended by {minutes} min</source>
        <translation>по плану {length}, продлено на {minutes} мин</translation>
    </message>
    <message>
        <source>planned {length}</source>
        <translation>по плану {length}</translation>
    </message>
    <message>
        <source>allowed {length}, extended by {minutes} min</source>
        <translation>отведено {length}, продлено на {minutes} мин</translation>
    </message>
    <message>
        <source>allowed {length}</source>
        <translation>отведено {length}</translation>
    </message>
    <message>
        <source>{length} in all, {details}</source>
        <translation>всего {length}, {details}</translation>
    </message>
    <message>
        <source>“{title}” ran {length} more before a pause</source>
        <translation>Пункт «{title}» длился ещё {length} до паузы</translation>
    </message>
    <message>
        <source>“{title}” ran {length} before a pause</source>
        <translation>Пункт «{title}» длился {length} до паузы</translation>
    </message>
    <message>
        <source>“{title}” ran {length} more</source>
        <translation>Пункт «{title}» длился ещё {length}</translation>
    </message>
    <message>
        <source>“{title}” ran {length}</source>
        <translation>Пункт «{title}» длился {length}</translation>
    </message>
    <message>
        <source>{sentence} ({details})</source>
        <translation>{sentence} ({details})</translation>
    </message>
    <message>
        <source>{speaker} spoke {length} more on “{title}” before a pause</source>
        <translation>{speaker}: выступление по пункту «{title}» длилось ещё {length} до паузы</translation>
    </message>
    <message>
        <source>{speaker} spoke {length} on “{title}” before a pause</source>
        <translation>{speaker}: выступление по пункту «{title}» длилось {length} до паузы</translation>
    </message>
    <message>
        <source>{speaker} spoke {length} more on “{title}”</source>
        <translation>{speaker}: выступление по пункту «{title}» длилось ещё {length}</translation>
    </message>
    <message>
        <source>{speaker} spoke {length} on “{title}”</source>
        <translation>{speaker}: выступление по пункту «{title}» длилось {length}</translation>
    </message>
    <message>
        <source>a CSV or XLSX file</source>
        <translation>файл CSV или XLSX</translation>
    </message>
    <message>
        <source>{file} is a workbook (.xlsx), which has no text encoding; leave the encoding out</source>
        <translation>{file} — книга Excel (.xlsx), у неё нет текстовой кодировки; не указывайте кодировку</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file} has no data (no header row was found)</source>
        <translation>{file} не содержит данных (строка заголовков не найдена)</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel workbook (.xls) or a password-protected one; open it in Excel or LibreOffice and save it as .xlsx (without a password) or .csv</source>
        <translation>{file} — книга Excel старого формата (.xls) или книга, защищённая паролем; откройте её в Excel или LibreOffice и сохраните как .xlsx (без пароля) или .csv</translation>
    </message>
    <message>
        <source>{file}: {suffix} files cannot be read; save the list as .xlsx or .csv</source>
        <translation>{file}: файлы {suffix} прочитать нельзя; сохраните список как .xlsx или .csv</translation>
    </message>
    <message>
        <source>{file} is not a CSV file (it looks like a spreadsheet or a zip archive); save it as .csv, or give it its .xlsx name</source>
        <translation>{file} не является файлом CSV (похоже на электронную таблицу или ZIP-архив); сохраните его как .csv или дайте ему расширение .xlsx</translation>
    </message>
    <message>
        <source>{file} is not a valid .xlsx file (it may be damaged or misnamed)</source>
        <translation>{file} не является корректным файлом .xlsx (возможно, он повреждён или неверно назван)</translation>
    </message>
    <message>
        <source>{file} is a CSV file, which has no sheets</source>
        <translation>{file} — файл CSV, в нём нет листов</translation>
    </message>
    <message>
        <source>{file}: cannot import {suffix} files; use .csv or .xlsx</source>
        <translation>{file}: файлы {suffix} импортировать нельзя; используйте .csv или .xlsx</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx file ({reason})</source>
        <translation>{file} не удаётся прочитать как файл .xlsx ({reason})</translation>
    </message>
    <message>
        <source>{file} holds {megabytes} MB of text, far more than a list of {rows} rows; Roundtable imports at most {rows} rows at a time, so split the list</source>
        <translation>{file} содержит {megabytes} МБ текста — гораздо больше, чем нужно для списка из {rows} строк; Roundtable импортирует не больше {rows} строк за раз, поэтому разделите список</translation>
    </message>
    <message>
        <source>{file} has no sheets</source>
        <translation>{file}: нет листов</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}; its sheets are: {sheets}</source>
        <translation>{file}: нет листа {sheet}; листы в файле: {sheets}</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is a chart, not a table</source>
        <translation>{file}: лист {sheet} — диаграмма, а не таблица</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is empty; its other sheets are: {others}</source>
        <translation>{file}: лист {sheet} пуст; другие листы: {others}</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is empty</source>
        <translation>{file}: лист {sheet} пуст</translation>
    </message>
    <message>
        <source>read the first sheet, {sheet}, of {count}</source>
        <translation>прочитан первый лист ({sheet}) из {count}</translation>
    </message>
    <message>
        <source>{cell}: formula {formula} has no computed value; imported as its text</source>
        <translation>{cell}: у формулы {formula} нет вычисленного значения; импортирован её текст</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet}</source>
        <translation>{file}: лист {sheet}</translation>
    </message>
    <message>
        <source>a cell</source>
        <translation>ячейка</translation>
    </message>
    <message>
        <source>{cell}: the cell shows the error {error}; imported as that text</source>
        <translation>{cell}: в ячейке отображается ошибка {error}; импортирован этот текст</translation>
    </message>
    <message>
        <source>holds the control character {code}, which is not text; remove it (the file may be damaged)</source>
        <translation>содержит управляющий символ {code}, который не является текстом; удалите его (возможно, файл повреждён)</translation>
    </message>
    <message>
        <source>{where} has more than {limit} rows; Roundtable imports at most {limit} at a time, so split the list</source>
        <translation>{where}: больше {limit} строк; Roundtable импортирует не больше {limit} строк за раз, поэтому разделите список</translation>
    </message>
    <message>
        <source>{file}: line {line}: {problem}</source>
        <translation>{file}: строка {line}: {problem}</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(столбец {number})</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation>UTF-16 («Текст в Юникоде» в Excel)</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R (кириллица)</translation>
    </message>
    <message>
        <source>Shift_JIS (Windows-932, Japanese)</source>
        <translation>Shift_JIS (Windows-932, японская)</translation>
    </message>
    <message>
        <source>EUC-JP (Japanese)</source>
        <translation>EUC-JP (японская)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>unknown encoding ‘{name}’; use one of {known} (or another Python codec)</source>
        <translation>неизвестная кодировка «{name}»; используйте одну из следующих: {known} (или другой кодек Python)</translation>
    </message>
    <message>
        <source>the copy of {source} did not pass its integrity check ({finding})</source>
        <translation>копия {source} не прошла проверку целостности ({finding})</translation>
    </message>
    <message>
        <source>the copy of {source} could not be made a single file ({mode}, {left})</source>
        <translation>копию {source} не удалось свести в один файл ({mode}, {left})</translation>
    </message>
    <message>
        <source>{target} exists and is not a Roundtable backup; not overwriting it</source>
        <translation>{target} уже существует и не является резервной копией Roundtable; файл не перезаписан</translation>
    </message>
    <message>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>не удалось записать {target}: папка {folder} не существует</translation>
    </message>
    <message>
        <source>cannot write the backup {target}: {reason}</source>
        <translation>не удалось записать резервную копию {target}: {reason}</translation>
    </message>
    <message>
        <source>cannot back up {database}: {reason}</source>
        <translation>не удалось создать резервную копию {database}: {reason}</translation>
    </message>
    <message>
        <source>cannot restore {backup}: it is the database itself; choose a backup</source>
        <translation>не удалось восстановить {backup}: это сама база данных; выберите резервную копию</translation>
    </message>
    <message>
        <source>cannot restore {backup}: it {problem}</source>
        <translation>не удалось восстановить {backup}: файл {problem}</translation>
    </message>
    <message>
        <source>cannot restore {database}: {reason}</source>
        <translation>не удалось восстановить {database}: {reason}</translation>
    </message>
    <message>
        <source>cannot restore {backup}: {reason}</source>
        <translation>не удалось восстановить {backup}: {reason}</translation>
    </message>
    <message>
        <source>cannot create {path}: the folder {folder} does not exist; check the path, or create the folder first</source>
        <translation>не удалось создать {path}: папка {folder} не существует; проверьте путь или сначала создайте папку</translation>
    </message>
    <message>
        <source>not a valid database URL: {chosen}</source>
        <translation>недопустимый URL базы данных: {chosen}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} — это папка, а не файл базы данных</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot be a database</source>
        <translation>{path} не является обычным файлом, поэтому не может быть базой данных</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>cannot create {path}: {folder} is a file, not a folder</source>
        <translation>не удалось создать {path}: {folder} — это файл, а не папка</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>не удалось создать папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot create {path} because {reason}</source>
        <translation>не удалось создать {path}, потому что {reason}</translation>
    </message>
    <message>
        <source>cannot use database {database}: {reason}</source>
        <translation>не удалось использовать базу данных {database}: {reason}</translation>
    </message>
    <message>
        <source>{target} is the database {database} itself; not writing over it (choose another file)</source>
        <translation>{target} — это сама база данных {database}; перезаписать её нельзя (выберите другой файл)</translation>
    </message>
    <message>
        <source>{target} is one of the files SQLite and Roundtable keep beside the database {database}; not writing over it (choose another file)</source>
        <translation>{target} — один из файлов, которые SQLite и Roundtable хранят рядом с базой данных {database}; перезаписать его нельзя (выберите другой файл)</translation>
    </message>
    <message>
        <source>{target} is in the backups folder of {database}, which holds Roundtable&apos;s own backups; not writing over it (choose another file)</source>
        <translation>{target} находится в папке резервных копий базы данных {database}, где Roundtable хранит собственные резервные копии; перезаписать его нельзя (выберите другой файл)</translation>
    </message>
    <message>
        <source>a duration cannot be negative</source>
        <translation>длительность не может быть отрицательной</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>не указано название пункта программы</translation>
    </message>
    <message>
        <source>an anchor is a clock time, or none</source>
        <translation>фиксированное время должно быть временем суток или отсутствовать</translation>
    </message>
    <message>
        <source>the programme already has a day {day}</source>
        <translation>в программе уже есть день {day}</translation>
    </message>
    <message>
        <source>the items of this day were changed meanwhile (by another window or user); nothing was moved</source>
        <translation>пункты этого дня за это время изменены (в другом окне или другим пользователем); ничего не перемещено</translation>
    </message>
    <message>
        <source>the speakers of “{title}” were changed meanwhile (by another window or user); nothing was changed</source>
        <translation>выступающие пункта «{title}» за это время изменены (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>a speaker is listed twice</source>
        <translation>выступающий указан дважды</translation>
    </message>
    <message>
        <source>speaking minutes cannot be negative</source>
        <translation>время выступления не может быть отрицательным</translation>
    </message>
    <message>
        <source>that day of the programme</source>
        <translation>этот день программы</translation>
    </message>
    <message>
        <source>that agenda item</source>
        <translation>этот пункт программы</translation>
    </message>
    <message>
        <source>that seating plan</source>
        <translation>этот план рассадки</translation>
    </message>
    <message>
        <source>someone in this change has left the event meanwhile (another window or user removed them); nothing was changed</source>
        <translation>кто-то из участников этого изменения за это время покинул мероприятие (удалён в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>the organisation needs a name</source>
        <translation>не указано название организации</translation>
    </message>
    <message>
        <source>a person needs a given name or a family name</source>
        <translation>у человека должно быть указано имя или фамилия</translation>
    </message>
    <message>
        <source>an event with id {id} already exists</source>
        <translation>мероприятие с ID {id} уже существует</translation>
    </message>
    <message>
        <source>“{title}” was changed after you chose to delete it (by another window or user); nothing was deleted. Look at it again first.</source>
        <translation>Мероприятие «{title}» было изменено после того, как вы решили его удалить (в другом окне или другим пользователем); ничего не удалено. Сначала просмотрите его ещё раз.</translation>
    </message>
    <message>
        <source>the event “{title}”</source>
        <translation>мероприятие «{title}»</translation>
    </message>
    <message>
        <source>the short name {slug} is used by event {event}</source>
        <translation>краткое имя {slug} уже используется мероприятием {event}</translation>
    </message>
    <message>
        <source>the day {day}</source>
        <translation>день {day}</translation>
    </message>
    <message>
        <source>{things} were changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{things} за это время изменены (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>the event&apos;s organisations</source>
        <translation>организации мероприятия</translation>
    </message>
    <message>
        <source>an organisation is listed twice in the same role</source>
        <translation>организация указана дважды с одной и той же ролью</translation>
    </message>
    <message>
        <source>the logo of {name} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>логотип организации {name} тем временем изменён (в другом окне или другим пользователем); ничего не изменено</translation>
    </message>
    <message>
        <source>the event&apos;s delegations</source>
        <translation>делегации мероприятия</translation>
    </message>
    <message>
        <source>the event&apos;s attachments</source>
        <translation>вложения мероприятия</translation>
    </message>
    <message>
        <source>the log entry points at an agenda item of another event, or one removed meanwhile (by another window or user); nothing was saved</source>
        <translation>запись журнала ссылается на пункт программы другого мероприятия или на пункт, удалённый за это время (в другом окне или другим пользователем); ничего не сохранено</translation>
    </message>
    <message>
        <source>the log entry names a person who is not in the directory</source>
        <translation>в записи журнала указан человек, которого нет в справочнике</translation>
    </message>
    <message>
        <source>this log entry</source>
        <translation>эта запись журнала</translation>
    </message>
    <message>
        <source>this log entry was changed meanwhile (by another window or user); nothing was saved</source>
        <translation>эта запись журнала за это время изменена (в другом окне или другим пользователем); ничего не сохранено</translation>
    </message>
    <message>
        <source>someone in this list</source>
        <translation>кто-то из этого списка</translation>
    </message>
    <message>
        <source>{name} already takes part in this event</source>
        <translation>{name} уже участвует в этом мероприятии</translation>
    </message>
    <message>
        <source>that participant</source>
        <translation>этот участник</translation>
    </message>
    <message>
        <source>the delegation of {name} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{name}: делегация за это время изменена (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>someone in the list</source>
        <translation>кто-то из списка</translation>
    </message>
    <message>
        <source>the photo of {name} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{name}: фото за это время изменено (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>the affiliations of {name} were changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{name}: места работы за это время изменены (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message numerus="yes">
        <source>{name} takes part in %n events; remove them from those events first, or merge them into another person</source>
        <translation>
            <numerusform>{name} участвует в %n мероприятии; сначала удалите этого человека из участников или объедините его с другим человеком</numerusform>
            <numerusform>{name} участвует в %n мероприятиях; сначала удалите этого человека из участников или объедините его с другим человеком</numerusform>
            <numerusform>{name} участвует в %n мероприятиях; сначала удалите этого человека из участников или объедините его с другим человеком</numerusform>
        </translation>
    </message>
    <message>
        <source>choose two different people to merge</source>
        <translation>выберите двух разных людей для объединения</translation>
    </message>
    <message>
        <source>{day_date} is not a day of the event&apos;s programme</source>
        <translation>{day_date} не является днём программы мероприятия</translation>
    </message>
    <message>
        <source>seating plan “{plan}”: {problem}</source>
        <translation>план рассадки «{plan}»: {problem}</translation>
    </message>
    <message>
        <source>the event already has a seating plan called “{plan}”</source>
        <translation>у мероприятия уже есть план рассадки «{plan}»</translation>
    </message>
    <message>
        <source>the seating plan “{plan}” was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>план рассадки «{plan}» за это время изменён (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>“{plan}” has seats 1 to {last}, not seat {number}</source>
        <translation>в плане «{plan}» места с 1 по {last}, места {number} в нём нет</translation>
    </message>
    <message>
        <source>seat {number} of “{plan}” was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>место {number} в плане «{plan}» за это время изменено (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>{name} has declined and cannot be seated</source>
        <translation>{name}: отказ от участия, рассадить нельзя</translation>
    </message>
    <message>
        <source>{name} would sit twice in “{plan}” (the plan was changed meanwhile by another window or user); nothing was changed</source>
        <translation>{name}: получилось бы два места в плане «{plan}» (план за это время изменён в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>a seating rule needs two participants</source>
        <translation>в правиле рассадки должно быть два участника</translation>
    </message>
    <message>
        <source>a seating rule needs two different people</source>
        <translation>в правиле рассадки должны быть два разных человека</translation>
    </message>
    <message>
        <source>{first} and {second} already have a rule; remove it first</source>
        <translation>{first} и {second}: правило уже есть; сначала удалите его</translation>
    </message>
    <message>
        <source>a person is listed twice among the participants</source>
        <translation>человек указан среди участников дважды</translation>
    </message>
    <message>
        <source>“{item}” names a speaker or chair who is not a participant of this event</source>
        <translation>в пункте «{item}» указан выступающий или председатель, который не является участником этого мероприятия</translation>
    </message>
    <message>
        <source>seat {number} of “{plan}” holds someone who is not a participant of this event</source>
        <translation>место {number} в плане «{plan}» занимает человек, который не является участником этого мероприятия</translation>
    </message>
    <message>
        <source>a seating rule of “{plan}” names someone who is not a participant of this event</source>
        <translation>в правиле рассадки плана «{plan}» указан человек, который не является участником этого мероприятия</translation>
    </message>
    <message>
        <source>no event with id {event_id}</source>
        <translation>нет мероприятия с ID {event_id}</translation>
    </message>
    <message>
        <source>an event with uid {uid} already exists</source>
        <translation>мероприятие с UID {uid} уже существует</translation>
    </message>
    <message>
        <source>the disk is full (free some space and try again)</source>
        <translation>диск заполнен (освободите место и повторите попытку)</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>файл базы данных или его папка доступны только для чтения</translation>
    </message>
    <message>
        <source>another program is using the database (try again in a moment)</source>
        <translation>база данных используется другой программой (повторите попытку чуть позже)</translation>
    </message>
    <message>
        <source>the disk reported an error (is it full, removed or failing?)</source>
        <translation>диск сообщил об ошибке (возможно, он заполнен, отключён или неисправен)</translation>
    </message>
    <message>
        <source>{database} is a database server; back it up with its own tools</source>
        <translation>{database} — сервер баз данных; резервные копии делайте его собственными средствами</translation>
    </message>
    <message>
        <source>cannot read {database}: {reason}</source>
        <translation>не удалось прочитать {database}: {reason}</translation>
    </message>
    <message>
        <source>{database} is open read-only, so nothing can be changed; nothing was saved</source>
        <translation>база данных {database} открыта только для чтения, изменения невозможны; ничего не сохранено</translation>
    </message>
    <message>
        <source>the change clashes with existing data ({reason})</source>
        <translation>изменение противоречит существующим данным ({reason})</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}; the change was not saved, and everything saved before it is safe</source>
        <translation>не удалось сохранить в {database}: {reason}; изменение не сохранено, всё сохранённое ранее в безопасности</translation>
    </message>
    <message>
        <source>no event with id or slug {text}</source>
        <translation>нет мероприятия с ID или кратким именем {text}</translation>
    </message>
    <message>
        <source>no attachment with id {attachment_id}</source>
        <translation>нет вложения с ID {attachment_id}</translation>
    </message>
    <message>
        <source>“{title}” was changed after this copy of it was read (by another window, the command line or another user); nothing was saved. Read it again and redo the change.</source>
        <translation>Мероприятие «{title}» было изменено после того, как эта его копия была прочитана (в другом окне, из командной строки или другим пользователем); ничего не сохранено. Загрузите его заново и повторите изменение.</translation>
    </message>
    <message>
        <source>it is on a read-only drive</source>
        <translation>файл находится на диске, доступном только для чтения</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>папка {folder} доступна только для чтения</translation>
    </message>
    <message>
        <source>{file} is read-only</source>
        <translation>файл {file} доступен только для чтения</translation>
    </message>
    <message>
        <source>{path} is a folder, where Roundtable keeps the lock file of {database}; move it away and try again</source>
        <translation>{path} — это папка, а по этому пути Roundtable хранит файл блокировки базы данных {database}; уберите папку и повторите попытку</translation>
    </message>
    <message>
        <source>cannot open the lock file {path} ({reason})</source>
        <translation>не удалось открыть файл блокировки {path} ({reason})</translation>
    </message>
    <message>
        <source>no log entry with id {entry_id}</source>
        <translation>нет записи журнала с ID {entry_id}</translation>
    </message>
    <message>
        <source>only a saved log entry can be edited</source>
        <translation>изменить можно только сохранённую запись журнала</translation>
    </message>
    <message>
        <source>the log entry points at an agenda item of another event</source>
        <translation>запись журнала ссылается на пункт программы другого мероприятия</translation>
    </message>
    <message>
        <source>a log entry needs some text</source>
        <translation>у записи журнала должен быть текст</translation>
    </message>
    <message>
        <source>cannot open {name}: {reason}</source>
        <translation>не удалось открыть {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Roundtable (schema {revision}); update Roundtable to open it. The file was not changed.</source>
        <translation>База данных {name} записана более новой версией Roundtable (схема {revision}); чтобы открыть её, обновите Roundtable. Файл не изменён.</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>База данных {name} {problem}</translation>
    </message>
    <message>
        <source>{name} needs updating to this version of Roundtable, which cannot be done read-only because {reason}; open it once where it can be written</source>
        <translation>Базу данных {name} нужно обновить до этой версии Roundtable, но в режиме только для чтения это невозможно, потому что {reason}; откройте её один раз там, где возможна запись</translation>
    </message>
    <message>
        <source>{name} needs updating to this version of Roundtable, which cannot be done read-only; open it once where it can be written</source>
        <translation>Базу данных {name} нужно обновить до этой версии Roundtable, но в режиме только для чтения это невозможно; откройте её один раз там, где возможна запись</translation>
    </message>
    <message>
        <source>could not update {name} to this version of Roundtable ({reason}); nothing was changed</source>
        <translation>не удалось обновить {name} до этой версии Roundtable ({reason}); изменения не внесены</translation>
    </message>
    <message>
        <source>the database changed while it was being opened; try again</source>
        <translation>база данных изменилась во время открытия; повторите попытку</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>{thing} was removed meanwhile (by another window or user); nothing was changed</source>
        <translation>{thing}: за это время удалено (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>the {field} of {thing} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{thing}: поле «{field}» за это время изменено (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>{thing} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{thing}: за это время изменено (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>{thing} is still used by {count} {user}(s); nothing was changed</source>
        <translation>{thing} ещё используется (тип: {user}, количество: {count}); изменения не внесены</translation>
    </message>
    <message>
        <source>{used_by} was added meanwhile (by another window or user) that uses {thing}; nothing was changed</source>
        <translation>{used_by}: за это время (в другом окне или другим пользователем) добавлена новая запись, связанная с этим объектом — {thing}; изменения не внесены</translation>
    </message>
    <message>
        <source>{thing} that this would bring back exists again, changed (by another window or user); nothing was changed</source>
        <translation>{thing}: то, что должно вернуть это действие, уже снова существует, но в изменённом виде (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>{thing} that this changes was removed meanwhile (by another window or user); nothing was changed</source>
        <translation>{thing}: то, что изменяет это действие, за это время удалено (в другом окне или другим пользователем); изменения не внесены</translation>
    </message>
    <message>
        <source>seat {number}</source>
        <translation>место {number}</translation>
    </message>
    <message>
        <source>an organisation&apos;s role</source>
        <translation>роль организации</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>выступающий</translation>
    </message>
    <message>
        <source>a seating plan</source>
        <translation>план рассадки</translation>
    </message>
    <message>
        <source>a seat</source>
        <translation>место</translation>
    </message>
    <message>
        <source>a seating rule</source>
        <translation>правило рассадки</translation>
    </message>
    <message>
        <source>a log entry</source>
        <translation>запись журнала</translation>
    </message>
    <message>
        <source>an earlier text of a log entry</source>
        <translation>прежний текст записи журнала</translation>
    </message>
    <message>
        <source>a log entry&apos;s person</source>
        <translation>человек в записи журнала</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>история изменений</translation>
    </message>
    <message>
        <source>an affiliation</source>
        <translation>место работы</translation>
    </message>
    <message>
        <source>area</source>
        <comment>field</comment>
        <translation>область</translation>
    </message>
    <message>
        <source>at</source>
        <comment>field</comment>
        <translation>время</translation>
    </message>
    <message>
        <source>attendance</source>
        <comment>field</comment>
        <translation>статус участия</translation>
    </message>
    <message>
        <source>author</source>
        <comment>field</comment>
        <translation>автор</translation>
    </message>
    <message>
        <source>category</source>
        <comment>field</comment>
        <translation>категория</translation>
    </message>
    <message>
        <source>chair</source>
        <comment>field</comment>
        <translation>председатель</translation>
    </message>
    <message>
        <source>day date</source>
        <comment>field</comment>
        <translation>дата дня</translation>
    </message>
    <message>
        <source>day</source>
        <comment>field</comment>
        <translation>день</translation>
    </message>
    <message>
        <source>delegation</source>
        <comment>field</comment>
        <translation>делегация</translation>
    </message>
    <message>
        <source>duration</source>
        <comment>field</comment>
        <translation>длительность</translation>
    </message>
    <message>
        <source>end date</source>
        <comment>field</comment>
        <translation>дата окончания</translation>
    </message>
    <message>
        <source>end time</source>
        <comment>field</comment>
        <translation>время окончания</translation>
    </message>
    <message>
        <source>ends at</source>
        <comment>field</comment>
        <translation>окончание</translation>
    </message>
    <message>
        <source>head seat</source>
        <comment>field</comment>
        <translation>место во главе стола</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>field</comment>
        <translation>тип</translation>
    </message>
    <message>
        <source>label</source>
        <comment>field</comment>
        <translation>обозначение</translation>
    </message>
    <message>
        <source>locked</source>
        <comment>field</comment>
        <translation>закрепление</translation>
    </message>
    <message>
        <source>name order</source>
        <comment>field</comment>
        <translation>порядок имени и фамилии</translation>
    </message>
    <message>
        <source>number</source>
        <comment>field</comment>
        <translation>номер</translation>
    </message>
    <message>
        <source>organisation</source>
        <comment>field</comment>
        <translation>организация</translation>
    </message>
    <message>
        <source>occupant</source>
        <comment>field</comment>
        <translation>участник на месте</translation>
    </message>
    <message>
        <source>photo</source>
        <comment>field</comment>
        <translation>фото</translation>
    </message>
    <message>
        <source>photo crop</source>
        <comment>field</comment>
        <translation>кадрирование фото</translation>
    </message>
    <message>
        <source>attribution rule</source>
        <comment>field</comment>
        <translation>режим цитирования</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>field</comment>
        <translation>логотип</translation>
    </message>
    <message>
        <source>name on card</source>
        <comment>field</comment>
        <translation>имя на табличке</translation>
    </message>
    <message>
        <source>position</source>
        <comment>field</comment>
        <translation>должность</translation>
    </message>
    <message>
        <source>precedence</source>
        <comment>field</comment>
        <translation>старшинство</translation>
    </message>
    <message>
        <source>replaced at</source>
        <comment>field</comment>
        <translation>время замены</translation>
    </message>
    <message>
        <source>replaced by</source>
        <comment>field</comment>
        <translation>автор замены</translation>
    </message>
    <message>
        <source>role</source>
        <comment>field</comment>
        <translation>роль</translation>
    </message>
    <message>
        <source>round number</source>
        <comment>field</comment>
        <translation>номер раунда</translation>
    </message>
    <message>
        <source>rows</source>
        <comment>field</comment>
        <translation>число рядов</translation>
    </message>
    <message>
        <source>seat count</source>
        <comment>field</comment>
        <translation>число мест</translation>
    </message>
    <message>
        <source>seats per side</source>
        <comment>field</comment>
        <translation>число мест на каждой стороне</translation>
    </message>
    <message>
        <source>series</source>
        <comment>field</comment>
        <translation>серия</translation>
    </message>
    <message>
        <source>shape</source>
        <comment>field</comment>
        <translation>форма</translation>
    </message>
    <message>
        <source>size</source>
        <comment>field</comment>
        <translation>размер</translation>
    </message>
    <message>
        <source>slot</source>
        <comment>field</comment>
        <translation>интервал</translation>
    </message>
    <message>
        <source>sort order</source>
        <comment>field</comment>
        <translation>порядок</translation>
    </message>
    <message>
        <source>span</source>
        <comment>field</comment>
        <translation>объект хронометража</translation>
    </message>
    <message>
        <source>speaking minutes</source>
        <comment>field</comment>
        <translation>время выступления</translation>
    </message>
    <message>
        <source>start date</source>
        <comment>field</comment>
        <translation>дата начала</translation>
    </message>
    <message>
        <source>start time</source>
        <comment>field</comment>
        <translation>время начала</translation>
    </message>
    <message>
        <source>status</source>
        <comment>field</comment>
        <translation>статус</translation>
    </message>
    <message>
        <source>text</source>
        <comment>field</comment>
        <translation>текст</translation>
    </message>
    <message>
        <source>together</source>
        <comment>field</comment>
        <translation>рядом или отдельно</translation>
    </message>
    <message>
        <source>venue city</source>
        <comment>field</comment>
        <translation>город места проведения</translation>
    </message>
    <message>
        <source>venue country</source>
        <comment>field</comment>
        <translation>страна места проведения</translation>
    </message>
    <message>
        <source>venue name</source>
        <comment>field</comment>
        <translation>название места проведения</translation>
    </message>
    <message>
        <source>venue postcode</source>
        <comment>field</comment>
        <translation>почтовый индекс места проведения</translation>
    </message>
    <message>
        <source>venue region</source>
        <comment>field</comment>
        <translation>регион места проведения</translation>
    </message>
    <message>
        <source>venue room</source>
        <comment>field</comment>
        <translation>зал места проведения</translation>
    </message>
    <message>
        <source>venue street</source>
        <comment>field</comment>
        <translation>улица места проведения</translation>
    </message>
    <message>
        <source>is not a Roundtable database (it has other tables)</source>
        <translation>не является базой данных Roundtable (содержит другие таблицы)</translation>
    </message>
    <message>
        <source>has a half-made schema and no schema version (an earlier first start was interrupted); it holds no data, so the next open makes it afresh</source>
        <translation>содержит недостроенную схему без номера версии (был прерван предыдущий первый запуск); данных там нет, поэтому при следующем открытии схема будет создана заново</translation>
    </message>
    <message>
        <source>has part of Roundtable&apos;s tables but no schema version (its creation was interrupted); it holds data, so Roundtable leaves it alone</source>
        <translation>содержит часть таблиц Roundtable, но не имеет номера версии схемы (создание было прервано); там есть данные, поэтому Roundtable ничего с ними не делает</translation>
    </message>
    <message>
        <source>was left half-way through an update from schema {revision} (it already has {names}), so it cannot be updated</source>
        <translation>находится в промежуточном состоянии после незавершённого обновления со схемы {revision} (уже есть {names}), поэтому обновление невозможно</translation>
    </message>
    <message>
        <source>lacks part of its schema {revision} ({names})</source>
        <translation>не содержит части элементов схемы {revision} ({names})</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} и ещё {count}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>не является обычным файлом</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>не существует</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>не читается ({reason})</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>не содержит данных (0 байт)</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>не является базой данных SQLite</translation>
    </message>
    <message>
        <source>cannot be read here: its latest changes are still in {file}-wal, which cannot be read while the file cannot be written; open it once where it can</source>
        <translation>не читается здесь: последние изменения пока находятся в {file}-wal, а его нельзя прочитать, пока файл недоступен для записи; откройте файл один раз там, где запись возможна</translation>
    </message>
    <message>
        <source>failed its integrity check ({findings})</source>
        <translation>не проходит проверку целостности ({findings})</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <translation>содержит повреждения ({reason})</translation>
    </message>
    <message>
        <source>was written by a newer version of Roundtable (schema {revision})</source>
        <translation>относится к более новой версии Roundtable (схема {revision})</translation>
    </message>
    <message>
        <source>is larger than 50 MB</source>
        <translation>больше 50 МБ</translation>
    </message>
    <message>
        <source>cannot lock {path}: {reason}</source>
        <translation>не удалось заблокировать {path}: {reason}</translation>
    </message>
    <message>
        <source>other programs are writing to {database} (a Roundtable window or command), so the restore gave up after waiting {seconds} s; try again when they have finished</source>
        <translation>в {database} ведут запись другие программы (окно или команда Roundtable), поэтому восстановление прекращено после ожидания в течение {seconds} с; повторите попытку, когда они закончат</translation>
    </message>
    <message>
        <source>other programs are writing to {database} (a Roundtable window or command), so the restore gave up at once; try again when they have finished</source>
        <translation>в {database} ведут запись другие программы (окно или команда Roundtable), поэтому восстановление сразу прекращено; повторите попытку, когда они закончат</translation>
    </message>
    <message>
        <source>a restore of {database} is under way, so this gave up after waiting {seconds} s; try again when it has finished</source>
        <translation>выполняется восстановление {database}, поэтому операция прекращена после ожидания в течение {seconds} с; повторите попытку, когда восстановление завершится</translation>
    </message>
    <message>
        <source>a restore of {database} is under way, so this gave up at once; try again when it has finished</source>
        <translation>выполняется восстановление {database}, поэтому операция сразу прекращена; повторите попытку, когда восстановление завершится</translation>
    </message>
    <message>
        <source>cannot open the lock file {path} ({reason}); check that its folder can be written</source>
        <translation>не удалось открыть файл блокировки {path} ({reason}); проверьте, что в его папку можно записывать</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time like 2017-03-15T07:00:00Z</source>
        <translation>{where}: {value} — не время в формате 2017-03-15T07:00:00Z</translation>
    </message>
    <message>
        <source>{where}: {value} needs its zone (end it with Z for UTC)</source>
        <translation>{where}: у {value} не указан часовой пояс (для UTC добавьте в конце Z)</translation>
    </message>
    <message>
        <source>{where}: {value} {problem}</source>
        <translation>{where}: {value} {problem}</translation>
    </message>
    <message>
        <source>{where}.day: {value} is not a date</source>
        <translation>{where}.day: {value} — не дата</translation>
    </message>
    <message>
        <source>{where}.people[{index}]: {uid} is not a participant</source>
        <translation>{where}.people[{index}]: {uid} не является участником</translation>
    </message>
    <message>
        <source>A4 landscape, one card per sheet</source>
        <translation>A4, альбомная, одна табличка на листе</translation>
    </message>
    <message>
        <source>US Letter landscape, one card per sheet</source>
        <translation>US Letter, альбомная, одна табличка на листе</translation>
    </message>
    <message>
        <source>Avery 5305 (2½″ × 8½″), two per Letter sheet</source>
        <translation>Avery 5305 (2½″ × 8½″), две на листе Letter</translation>
    </message>
    <message>
        <source>A4, two cards per sheet</source>
        <translation>A4, две таблички на листе</translation>
    </message>
    <message>
        <source>Order of precedence</source>
        <translation>Порядок старшинства</translation>
    </message>
    <message>
        <source>By seat</source>
        <translation>По местам</translation>
    </message>
    <message>
        <source>As picked</source>
        <translation>Как выбрано</translation>
    </message>
    <message>
        <source>this event has no seating plan yet: make one on the Seating tab</source>
        <translation>у этого мероприятия пока нет плана рассадки: создайте его на вкладке «Рассадка»</translation>
    </message>
    <message>
        <source>no seating plan {plan} in this event (plans: {plans})</source>
        <translation>в этом мероприятии нет плана рассадки {plan} (есть планы: {plans})</translation>
    </message>
    <message>
        <source>unknown order {order}; use {orders}</source>
        <translation>неизвестный порядок {order}; используйте {orders}</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen participants are no longer in this event</source>
        <translation>
            <numerusform>%n из выбранных участников больше не участвует в этом мероприятии</numerusform>
            <numerusform>%n из выбранных участников больше не участвуют в этом мероприятии</numerusform>
            <numerusform>%n из выбранных участников больше не участвуют в этом мероприятии</numerusform>
        </translation>
    </message>
    <message>
        <source>the order &apos;as picked&apos; needs a hand-picked list of participants</source>
        <translation>для порядка «Как выбрано» нужен список участников, выбранных вручную</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>no participant {reference} in this event</source>
        <translation>в этом мероприятии нет участника {reference}</translation>
    </message>
    <message>
        <source>{reference} names {count} participants; use their uid</source>
        <translation>{reference} соответствует нескольким участникам ({count}); укажите uid нужного</translation>
    </message>
    <message>
        <source>cannot export participants as {suffix}; name the file .csv or .xlsx</source>
        <translation>не удаётся экспортировать участников в файл {suffix}; укажите расширение .csv или .xlsx</translation>
    </message>
    <message>
        <source>cannot export participants as a file without a suffix; name the file .csv or .xlsx</source>
        <translation>не удаётся экспортировать участников в файл без расширения; укажите расширение .csv или .xlsx</translation>
    </message>
    <message>
        <source>an XLSX file has no text encoding; leave the encoding out, or export a .csv</source>
        <translation>у файла XLSX нет текстовой кодировки; не указывайте кодировку или экспортируйте в .csv</translation>
    </message>
    <message>
        <source>{person} cannot be written in {encoding}: the {column} holds ‘{char}’, which that encoding has no letter for; nothing was written. Export as UTF-8 with BOM instead</source>
        <translation>{person}: данные нельзя записать в кодировке {encoding}: в столбце «{column}» есть символ «{char}», которого нет в этой кодировке; ничего не записано. Экспортируйте в UTF-8 с BOM</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, found {value}</source>
        <translation>{where}: ожидалось {expected}, получено {value}</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {choices}</source>
        <translation>{where}: {value} не входит в число допустимых значений: {choices}</translation>
    </message>
    <message>
        <source>{where}: must not be empty</source>
        <translation>{where}: значение не должно быть пустым</translation>
    </message>
    <message>
        <source>{where}: longer than {most} characters</source>
        <translation>{where}: длиннее {most} символов</translation>
    </message>
    <message>
        <source>{where}: {value} is not in the expected form</source>
        <translation>{where}: {value} имеет неверный формат</translation>
    </message>
    <message>
        <source>{where}: must be at least {least}</source>
        <translation>{where}: значение должно быть не меньше {least}</translation>
    </message>
    <message>
        <source>{where}: must be at most {most}</source>
        <translation>{where}: значение должно быть не больше {most}</translation>
    </message>
    <message>
        <source>{where}: missing {key}</source>
        <translation>{where}: отсутствует поле {key}</translation>
    </message>
    <message>
        <source>{where}: unknown field</source>
        <translation>{where}: неизвестное поле</translation>
    </message>
    <message>
        <source>{where}: more than {most} entries</source>
        <translation>{where}: больше {most} элементов</translation>
    </message>
    <message>
        <source>Photo crop</source>
        <translation>Кадрирование фото</translation>
    </message>
    <message>
        <source>The part of the photo that prints: drag the frame, or move it with the arrow keys</source>
        <translation>Часть фото, которая будет напечатана: перетащите рамку или перемещайте её клавишами со стрелками</translation>
    </message>
    <message>
        <source>Photo crop size</source>
        <translation>Размер рамки кадрирования</translation>
    </message>
    <message>
        <source>Smaller frame: less of the photo, larger in print</source>
        <translation>Чем меньше рамка, тем меньшая часть фото попадает в печать и тем она крупнее</translation>
    </message>
    <message>
        <source>&amp;Automatic crop</source>
        <translation>&amp;Кадрировать автоматически</translation>
    </message>
    <message>
        <source>The largest portrait frame, centred across and on the upper third</source>
        <translation>Самая большая вертикальная рамка: по центру по горизонтали, на уровне верхней трети</translation>
    </message>
    <message>
        <source>{name} ({characters})</source>
        <translation>{name} ({characters})</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names contain characters no font can print: {names}</source>
        <translation>
            <numerusform>%n имя содержит символы, которых нет ни в одном шрифте: {names}</numerusform>
            <numerusform>%n имени содержат символы, которых нет ни в одном шрифте: {names}</numerusform>
            <numerusform>%n имён содержат символы, которых нет ни в одном шрифте: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list in running text</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of a sentence</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Папка журналов</translation>
    </message>
    <message>
        <source>Roundtable&apos;s log files are in this folder:
{folder}</source>
        <translation>Файлы журналов Roundtable находятся в этой папке:
{folder}</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved as it is made.</source>
        <translation>Ваши данные в безопасности: каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <source>Please copy the details and send them to {address}, with what you were doing.</source>
        <translation>Скопируйте подробности и отправьте их по адресу {address}, описав, что вы делали.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>(already in)</source>
        <translation>(уже на месте)</translation>
    </message>
    <message>
        <source>Arriving guest</source>
        <translation>Прибывающий гость</translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Return</source>
        <translation>Введите несколько букв имени и нажмите Enter</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Подходящие участники</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>Регистрация на входе</translation>
    </message>
    <message>
        <source>Up and Down choose among the matches; Escape closes.</source>
        <translation>Стрелки вверх и вниз — выбор среди совпадений, Esc — закрыть.</translation>
    </message>
    <message>
        <source>Nobody expected matches “{text}”. Press Return twice to add them as a walk-in.</source>
        <translation>Среди ожидаемых участников нет совпадений с «{text}». Нажмите Enter дважды, чтобы добавить незарегистрированного участника.</translation>
    </message>
    <message>
        <source>Nobody expected matches “{text}”. Press Return again to add them as a walk-in.</source>
        <translation>Среди ожидаемых участников нет совпадений с «{text}». Нажмите Enter ещё раз, чтобы добавить незарегистрированного участника.</translation>
    </message>
    <message>
        <source>{name} is already marked as arrived.</source>
        <translation>{name}: прибытие уже отмечено.</translation>
    </message>
    <message>
        <source>{name} arrived.</source>
        <translation>{name}: прибытие отмечено.</translation>
    </message>
    <message>
        <source>{name} added as a walk-in and arrived.</source>
        <translation>{name}: добавлен незарегистрированный участник, прибытие отмечено.</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n замечание к исправлению</numerusform>
            <numerusform>%n замечания к исправлению</numerusform>
            <numerusform>%n замечаний к исправлению</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator’s brief</source>
        <translation>Памятка модератора</translation>
    </message>
    <message>
        <source>{title} — Moderator’s brief</source>
        <translation>{title} — Памятка модератора</translation>
    </message>
    <message>
        <source>This meeting is on the record: what is said may be reported and attributed to the speaker by name.</source>
        <translation>Встреча проходит под запись: сказанное можно публиковать и цитировать с указанием имени выступающего.</translation>
    </message>
    <message>
        <source>This meeting is held under the Chatham House Rule: participants are free to use the information received, but neither the identity nor the affiliation of the speaker(s), nor that of any other participant, may be revealed.</source>
        <translation>Встреча проходит по правилу Чатем-хауса: участники могут свободно использовать полученную информацию, но не должны раскрывать ни личность, ни место работы выступающих и других участников.</translation>
    </message>
    <message>
        <source>This meeting is off the record: nothing said here may be reported, quoted or attributed.</source>
        <translation>Встреча проходит не для записи: ничего из сказанного нельзя публиковать, цитировать или связывать с именем выступающего.</translation>
    </message>
    <message>
        <source>No house rules set (recording, press, photography).</source>
        <translation>Правила мероприятия не заданы (запись, пресса, фотосъёмка).</translation>
    </message>
    <message>
        <source>5 min left</source>
        <translation>осталось 5 мин</translation>
    </message>
    <message>
        <source>wrap up</source>
        <translation>завершайте</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>No agenda yet: add items on the Agenda tab for the run sheet, its cues and the introductions.</source>
        <translation>Программы пока нет: добавьте пункты на вкладке «Программа» — по ним составляются сценарий, подсказки и порядок представления выступающих.</translation>
    </message>
    <message>
        <source>Item and turns</source>
        <translation>Пункт и выступления</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>Свободная дискуссия</translation>
    </message>
    <message>
        <source>whole item</source>
        <translation>весь пункт</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задано</translation>
    </message>
    <message>
        <source>equal share</source>
        <translation>поровну</translation>
    </message>
    <message>
        <source>Cues: “5 min left” five minutes before the end of an item or turn longer than five minutes; “wrap up” two minutes before the end.</source>
        <translation>Подсказки: «осталось 5 мин» — за пять минут до конца пункта или выступления длительностью более пяти минут; «завершайте» — за две минуты до конца.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} и {last}</translation>
    </message>
    <message>
        <source>No chair or moderator is set: decide who introduces {names}.</source>
        <translation>Председатель и модератор не назначены: решите, кто представит выступающих ({names}).</translation>
    </message>
    <message>
        <source>{who} introduces {names}, in that order.</source>
        <translation>{who} представляет выступающих в следующем порядке: {names}.</translation>
    </message>
    <message>
        <source>{who} introduces {names}.</source>
        <translation>{who} представляет выступающих: {names}.</translation>
    </message>
    <message>
        <source>Who introduces whom</source>
        <translation>Кто кого представляет</translation>
    </message>
    <message>
        <source>No speakers on the agenda yet.</source>
        <translation>В программе пока нет выступающих.</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>Программы пока нет.</translation>
    </message>
    <message>
        <source>Each item’s chair introduces its speakers in order; without a chair, the event’s moderator does.</source>
        <translation>Председатель каждого пункта представляет его выступающих по порядку; если председателя нет, это делает модератор мероприятия.</translation>
    </message>
    <message>
        <source>Speakers: names as they are said</source>
        <translation>Выступающие: произношение имён</translation>
    </message>
    <message>
        <source>No speakers and no participants yet.</source>
        <translation>Пока нет ни выступающих, ни участников.</translation>
    </message>
    <message>
        <source>No speakers on the agenda yet: the participants instead.</source>
        <translation>В программе пока нет выступающих, поэтому приведены участники.</translation>
    </message>
    <message>
        <source>say:</source>
        <translation>произносится:</translation>
    </message>
    <message>
        <source>No bio on file.</source>
        <translation>Биографии нет.</translation>
    </message>
    <message>
        <source>No seating plan yet: make one on the Seating tab.</source>
        <translation>Плана рассадки пока нет: создайте его на вкладке «Рассадка».</translation>
    </message>
    <message>
        <source>House rules, to read out at the opening</source>
        <translation>Правила мероприятия (зачитать при открытии)</translation>
    </message>
    <message>
        <source>No house rules set: say whether the meeting may be recorded, photographed or reported by the press.</source>
        <translation>Правила мероприятия не заданы: укажите, разрешены ли запись и фотосъёмка и может ли пресса освещать встречу.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Лист регистрации</translation>
    </message>
    <message>
        <source>The event has no participants.</source>
        <translation>У мероприятия нет участников.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>{title} — Sign-in sheet</source>
        <translation>{title} — Лист регистрации</translation>
    </message>
    <message>
        <source>Not on the list? Please write your name and affiliation below.</source>
        <translation>Вас нет в списке? Пожалуйста, впишите ниже своё имя и организацию.</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>attendance list</comment>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Apologies</source>
        <comment>attendance list</comment>
        <translation>Отсутствовали по уважительной причине</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>attendance list</comment>
        <translation>Отсутствовали</translation>
    </message>
    <message>
        <source>Expected</source>
        <comment>attendance list</comment>
        <translation>Ожидаются</translation>
    </message>
    <message>
        <source>Arrived: {name}</source>
        <translation>Прибытие отмечено: {name}</translation>
    </message>
    <message>
        <source>Mark {name} arrived</source>
        <translation>Отметить прибытие: {name}</translation>
    </message>
    <message>
        <source>Add walk-in {name}</source>
        <translation>Добавить незарегистрированного участника: {name}</translation>
    </message>
    <message>
        <source>Hosted at</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>КОГДА</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ГДЕ</translation>
    </message>
    <message>
        <source>To be announced</source>
        <translation>Будет объявлено позже</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>{title} — Flyer</source>
        <translation>{title} — флаер</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>Флаер</translation>
    </message>
    <message>
        <source>nothing found: the page does not state {what}</source>
        <translation>не найдено: на странице нет {what}</translation>
    </message>
    <message>
        <source>from the city</source>
        <translation>по городу</translation>
    </message>
    <message>
        <source>a programme</source>
        <translation>программы</translation>
    </message>
    <message>
        <source>a series</source>
        <translation>серии</translation>
    </message>
    <message>
        <source>a round</source>
        <translation>раунда</translation>
    </message>
    <message>
        <source>what kind of event it is</source>
        <translation>вида мероприятия</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>названия</translation>
    </message>
    <message>
        <source>a short title</source>
        <translation>краткого названия</translation>
    </message>
    <message>
        <source>a subtitle</source>
        <translation>подзаголовка</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>даты</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>времени</translation>
    </message>
    <message>
        <source>an end time</source>
        <translation>времени окончания</translation>
    </message>
    <message>
        <source>a time zone</source>
        <translation>часового пояса</translation>
    </message>
    <message>
        <source>a venue</source>
        <translation>места проведения</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>зала</translation>
    </message>
    <message>
        <source>a street</source>
        <translation>улицы</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>города</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>региона</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>почтового индекса</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>страны</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>описания</translation>
    </message>
    <message>
        <source>a summary</source>
        <translation>резюме</translation>
    </message>
    <message>
        <source>an RSVP</source>
        <translation>сведений о регистрации</translation>
    </message>
    <message>
        <source>the e-mail has no text or HTML part</source>
        <translation>в письме нет ни текстовой, ни HTML-части</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>не удалось прочитать {name}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {name}: use a .txt, .html, .eml, .docx or .pdf file</source>
        <translation>не удалось прочитать {name}: используйте файл .txt, .html, .eml, .docx или .pdf</translation>
    </message>
    <message>
        <source>the announcement gives no date; enter the event&apos;s date first</source>
        <translation>в анонсе нет даты; сначала укажите дату мероприятия</translation>
    </message>
    <message>
        <source>the announcement gives no title; enter the event&apos;s title first</source>
        <translation>в анонсе нет названия; сначала укажите название мероприятия</translation>
    </message>
</context>
</TS>
