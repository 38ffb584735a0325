<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>from {time}</source>
        <translation>{time}から</translation>
    </message>
    <message>
        <source>{text} is not one of: {choices}</source>
        <translation>{text}は次のいずれでもありません：{choices}</translation>
    </message>
    <message>
        <source>University</source>
        <comment>organisation kind</comment>
        <translation>大学</translation>
    </message>
    <message>
        <source>Think tank</source>
        <comment>organisation kind</comment>
        <translation>シンクタンク</translation>
    </message>
    <message>
        <source>Government</source>
        <comment>organisation kind</comment>
        <translation>政府機関</translation>
    </message>
    <message>
        <source>International</source>
        <comment>organisation kind</comment>
        <translation>国際機関</translation>
    </message>
    <message>
        <source>Foundation</source>
        <comment>organisation kind</comment>
        <translation>財団</translation>
    </message>
    <message>
        <source>NGO</source>
        <comment>organisation kind</comment>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Company</source>
        <comment>organisation kind</comment>
        <translation>企業</translation>
    </message>
    <message>
        <source>Media</source>
        <comment>organisation kind</comment>
        <translation>メディア</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>organisation kind</comment>
        <translation>その他</translation>
    </message>
    <message>
        <source>Given first</source>
        <comment>name order</comment>
        <translation>名・姓の順</translation>
    </message>
    <message>
        <source>Family first</source>
        <comment>name order</comment>
        <translation>姓・名の順</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <comment>event kind</comment>
        <translation>円卓会議</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>event kind</comment>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <comment>event kind</comment>
        <translation>対話</translation>
    </message>
    <message>
        <source>Panel</source>
        <comment>event kind</comment>
        <translation>パネル</translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>event kind</comment>
        <translation>カンファレンス</translation>
    </message>
    <message>
        <source>Seminar</source>
        <comment>event kind</comment>
        <translation>セミナー</translation>
    </message>
    <message>
        <source>Briefing</source>
        <comment>event kind</comment>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>event kind</comment>
        <translation>その他</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>event status</comment>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>event status</comment>
        <translation>確定</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>event status</comment>
        <translation>開催済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>event status</comment>
        <translation>中止</translation>
    </message>
    <message>
        <source>On the record</source>
        <comment>attribution rule</comment>
        <translation>オンレコ</translation>
    </message>
    <message>
        <source>Chatham House Rule</source>
        <comment>attribution rule</comment>
        <translation>チャタムハウス・ルール</translation>
    </message>
    <message>
        <source>Off the record</source>
        <comment>attribution rule</comment>
        <translation>オフレコ</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>主催</translation>
    </message>
    <message>
        <source>Co-host</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>共催</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>協力団体</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>協賛</translation>
    </message>
    <message>
        <source>Venue</source>
        <comment>organisation&apos;s role in an event</comment>
        <translation>会場</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>participant&apos;s role</comment>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Moderator</source>
        <comment>participant&apos;s role</comment>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>Chair</source>
        <comment>participant&apos;s role</comment>
        <translation>議長</translation>
    </message>
    <message>
        <source>Opening speaker</source>
        <comment>participant&apos;s role</comment>
        <translation>開会の登壇者</translation>
    </message>
    <message>
        <source>Participant / panelist</source>
        <comment>participant&apos;s role</comment>
        <translation>参加者・パネリスト</translation>
    </message>
    <message>
        <source>Discussant</source>
        <comment>participant&apos;s role</comment>
        <translation>討論者</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <comment>participant&apos;s role</comment>
        <translation>代表団メンバー</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <comment>participant&apos;s role</comment>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Observer</source>
        <comment>participant&apos;s role</comment>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>participant&apos;s role</comment>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>attendance</comment>
        <translation>招待済み</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>attendance</comment>
        <translation>出席確定</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>attendance</comment>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>attendance</comment>
        <translation>出席</translation>
    </message>
    <message>
        <source>Flyer</source>
        <comment>attachment kind</comment>
        <translation>チラシ</translation>
    </message>
    <message>
        <source>Photo</source>
        <comment>attachment kind</comment>
        <translation>写真</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>attachment kind</comment>
        <translation>文書</translation>
    </message>
    <message>
        <source>Opening remarks</source>
        <comment>agenda item kind</comment>
        <translation>開会挨拶</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>agenda item kind</comment>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Roundtable discussion</source>
        <comment>agenda item kind</comment>
        <translation>円卓討論</translation>
    </message>
    <message>
        <source>Keynote</source>
        <comment>agenda item kind</comment>
        <translation>基調講演</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <comment>agenda item kind</comment>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>agenda item kind</comment>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Lunch</source>
        <comment>agenda item kind</comment>
        <translation>昼食</translation>
    </message>
    <message>
        <source>Closing</source>
        <comment>agenda item kind</comment>
        <translation>閉会</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>agenda item kind</comment>
        <translation>その他</translation>
    </message>
    <message>
        <source>Round</source>
        <comment>table shape</comment>
        <translation>円形</translation>
    </message>
    <message>
        <source>Rectangle, one side</source>
        <comment>table shape</comment>
        <translation>長方形（片側）</translation>
    </message>
    <message>
        <source>Rectangle, both sides</source>
        <comment>table shape</comment>
        <translation>長方形（両側）</translation>
    </message>
    <message>
        <source>Boardroom (oval)</source>
        <comment>table shape</comment>
        <translation>楕円形（ボードルーム型）</translation>
    </message>
    <message>
        <source>Hollow square</source>
        <comment>table shape</comment>
        <translation>ロの字型</translation>
    </message>
    <message>
        <source>U-shape</source>
        <comment>table shape</comment>
        <translation>コの字型</translation>
    </message>
    <message>
        <source>Classroom rows</source>
        <comment>table shape</comment>
        <translation>スクール形式</translation>
    </message>
    <message>
        <source>No delegation rule</source>
        <comment>delegation seating</comment>
        <translation>代表団ルールなし</translation>
    </message>
    <message>
        <source>Alternate: beside counterparts</source>
        <comment>delegation seating</comment>
        <translation>交互：相手方の隣</translation>
    </message>
    <message>
        <source>Facing each other (bilateral)</source>
        <comment>delegation seating</comment>
        <translation>向かい合わせ（二国間）</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>log entry category</comment>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>log entry category</comment>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Action item</source>
        <comment>log entry category</comment>
        <translation>対応事項</translation>
    </message>
    <message>
        <source>Timing</source>
        <comment>log entry category</comment>
        <translation>時間管理</translation>
    </message>
    <message>
        <source>Logistics</source>
        <comment>log entry category</comment>
        <translation>運営</translation>
    </message>
    <message>
        <source>Incident</source>
        <comment>log entry category</comment>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>None</source>
        <comment>what a timing entry times</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>what a timing entry times</comment>
        <translation>項目</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>what a timing entry times</comment>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>part of an event</comment>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Participants</source>
        <comment>part of an event</comment>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Agenda</source>
        <comment>part of an event</comment>
        <translation>アジェンダ</translation>
    </message>
    <message>
        <source>Seating</source>
        <comment>part of an event</comment>
        <translation>座席</translation>
    </message>
    <message>
        <source>a number far too large</source>
        <translation>大きすぎる数値</translation>
    </message>
    <message>
        <source>a number far too small</source>
        <translation>小さすぎる数値</translation>
    </message>
    <message>
        <source>holds a character that is not valid Unicode (a lone surrogate)</source>
        <translation>Unicodeとして無効な文字（孤立サロゲート）を含んでいます</translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <translation>NUL文字を含んでいます</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>{limit}文字を超えています</translation>
    </message>
    <message>
        <source>must be between {low} and {high} minutes, not {value}</source>
        <translation>{low}～{high}分の範囲でなければなりません（{value}になっています）</translation>
    </message>
    <message>
        <source>must be between {low} and {high} {unit}, not {value}</source>
        <translation>{low}～{high}{unit}の範囲でなければなりません（{value}になっています）</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>{low}～{high}の範囲でなければなりません（{value}になっています）</translation>
    </message>
    <message>
        <source>is in the year {year}; dates run from {first} to {last}</source>
        <translation>{year}年になっています。日付は{first}年から{last}年までの範囲です</translation>
    </message>
    <message>
        <source>a log entry needs a time</source>
        <translation>ログ記録には時刻が必要です</translation>
    </message>
    <message>
        <source>a log entry cannot end before it starts</source>
        <translation>ログ記録の終了時刻を開始時刻より前にすることはできません</translation>
    </message>
    <message>
        <source>a timed entry needs its end time</source>
        <translation>時間を計るログ記録には終了時刻が必要です</translation>
    </message>
    <message>
        <source>a log entry names the same person twice</source>
        <translation>ログ記録で同じ人物が2回指定されています</translation>
    </message>
    <message>
        <source>Round table, {across} m across</source>
        <translation>円形テーブル、直径{across}m</translation>
    </message>
    <message>
        <source>Oval table {length} × {width} m</source>
        <translation>楕円形テーブル、{length}×{width}m</translation>
    </message>
    <message>
        <source>Hollow square {width} × {length} m, tables {depth} m deep</source>
        <translation>ロの字型、{width}×{length}m、テーブルの奥行き{depth}m</translation>
    </message>
    <message>
        <source>U-shape {width} × {length} m, tables {depth} m deep</source>
        <translation>コの字型、{width}×{length}m、テーブルの奥行き{depth}m</translation>
    </message>
    <message>
        <source>Desks {length} × {depth} m, rows {pitch} m apart</source>
        <translation>机、{length}×{depth}m、列の間隔{pitch}m</translation>
    </message>
    <message>
        <source>Table {length} × {width} m</source>
        <translation>テーブル、{length}×{width}m</translation>
    </message>
    <message>
        <source>A seating plan needs at least one seat.</source>
        <translation>座席表には1つ以上の席が必要です。</translation>
    </message>
    <message>
        <source>A seating plan can have at most {most} seats, not {seats}.</source>
        <translation>座席表の席数は最大{most}席です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>Seats per side must be at least 1, not {per_side}.</source>
        <translation>1辺あたりの席数は1以上にしてください。{per_side}にはできません。</translation>
    </message>
    <message>
        <source>The head seat must be one of seats 1 to {seats}, not {head_seat}.</source>
        <translation>上座は1～{seats}番の席のいずれかにしてください。{head_seat}番にはできません。</translation>
    </message>
    <message>
        <source>A table with seats on one side only has all {seats} of its seats on that side, not {per_side}.</source>
        <translation>片側だけに席があるテーブルでは、{seats}席すべてがその側に並びます。{per_side}席にはできません。</translation>
    </message>
    <message>
        <source>A rectangle with {per_side} seats on each long side has {total} seats, not {seats}.</source>
        <translation>長辺それぞれに{per_side}席ある長方形のテーブルは{total}席です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>A boardroom table needs at least 3 seats, not {seats}.</source>
        <translation>ボードルーム型のテーブルには3席以上が必要です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>A boardroom table with {side} seats on each long side seats {odd} or {even} (one at each end), not {seats}.</source>
        <translation>長辺それぞれに{side}席あるボードルーム型のテーブルの席数は、{odd}席または{even}席（両端に1席ずつ）です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>A hollow square needs at least 4 seats, one on each side, not {seats}.</source>
        <translation>ロの字型には各辺に1席ずつ、4席以上が必要です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>A hollow square with {per_side} seats on each side has {total} seats, not {seats}.</source>
        <translation>各辺に{per_side}席あるロの字型は{total}席です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>A U-shape needs at least 3 seats, one on each side, not {seats}.</source>
        <translation>コの字型には各辺に1席ずつ、3席以上が必要です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>A U-shape with {per_side} seats on each of its three sides has {total} seats, not {seats}.</source>
        <translation>3辺それぞれに{per_side}席あるコの字型は{total}席です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>A classroom needs at least one row, not {rows}.</source>
        <translation>スクール形式には1列以上が必要です。{rows}列にはできません。</translation>
    </message>
    <message>
        <source>{seats} seats cannot fill {rows} rows; use at most {seats} rows.</source>
        <translation>{seats}席で{rows}列を埋めることはできません。列数は{seats}以下にしてください。</translation>
    </message>
    <message>
        <source>{rows} rows of {per_row} seats hold {fewest} to {most} seats, not {seats}.</source>
        <translation>1列{per_row}席×{rows}列に収まるのは{fewest}～{most}席です。{seats}席にはできません。</translation>
    </message>
    <message>
        <source>slug</source>
        <comment>field</comment>
        <translation>短縮名</translation>
    </message>
    <message>
        <source>title</source>
        <comment>field</comment>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>subtitle</source>
        <comment>field</comment>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <source>short title</source>
        <comment>field</comment>
        <translation>短縮タイトル</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>field</comment>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>description</source>
        <comment>field</comment>
        <translation>説明</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>field</comment>
        <translation>概要</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>field</comment>
        <translation>メモ</translation>
    </message>
    <message>
        <source>timezone</source>
        <comment>field</comment>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>honorific</source>
        <comment>field</comment>
        <translation>敬称</translation>
    </message>
    <message>
        <source>given name</source>
        <comment>field</comment>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <comment>field</comment>
        <translation>姓</translation>
    </message>
    <message>
        <source>patronymic</source>
        <comment>field</comment>
        <translation>父称</translation>
    </message>
    <message>
        <source>native name</source>
        <comment>field</comment>
        <translation>原語表記の氏名</translation>
    </message>
    <message>
        <source>country</source>
        <comment>field</comment>
        <translation>国</translation>
    </message>
    <message>
        <source>email</source>
        <comment>field</comment>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>field</comment>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>website</source>
        <comment>field</comment>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>bio</source>
        <comment>field</comment>
        <translation>略歴</translation>
    </message>
    <message>
        <source>pronunciation</source>
        <comment>field</comment>
        <translation>読み方</translation>
    </message>
    <message>
        <source>house rules</source>
        <comment>field</comment>
        <translation>会場のルール</translation>
    </message>
    <message>
        <source>RSVP line</source>
        <comment>field</comment>
        <translation>出欠の連絡</translation>
    </message>
    <message>
        <source>name</source>
        <comment>field</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>short name</source>
        <comment>field</comment>
        <translation>略称</translation>
    </message>
    <message>
        <source>filename</source>
        <comment>field</comment>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>mime type</source>
        <comment>field</comment>
        <translation>MIMEタイプ</translation>
    </message>
    <message>
        <source>caption</source>
        <comment>field</comment>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>room</source>
        <comment>field</comment>
        <translation>部屋</translation>
    </message>
    <message>
        <source>street</source>
        <comment>field</comment>
        <translation>番地</translation>
    </message>
    <message>
        <source>city</source>
        <comment>field</comment>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>region</source>
        <comment>field</comment>
        <translation>都道府県・州</translation>
    </message>
    <message>
        <source>postcode</source>
        <comment>field</comment>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>「{title}」</translation>
    </message>
    <message>
        <source>{what} {problem}</source>
        <translation>{what}は{problem}</translation>
    </message>
    <message>
        <source>the {field} of {owner}</source>
        <translation>{owner}の{field}</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>a position of {person}</source>
        <translation>{person}の役職</translation>
    </message>
    <message>
        <source>the photo of {person} is larger than 50 MB</source>
        <translation>{person}の写真が50MBを超えています</translation>
    </message>
    <message>
        <source>the photo crop of {person}</source>
        <translation>{person}の写真のトリミング範囲</translation>
    </message>
    <message>
        <source>is not four fractions “x,y,w,h” inside the picture</source>
        <translation>画像内の範囲を示す4つの比率「x,y,w,h」になっていません</translation>
    </message>
    <message>
        <source>the name on the card of {person}</source>
        <translation>{person}の名札の表示名</translation>
    </message>
    <message>
        <source>an agenda item</source>
        <translation>アジェンダの項目</translation>
    </message>
    <message>
        <source>the title of an agenda item</source>
        <translation>項目のタイトル</translation>
    </message>
    <message>
        <source>the room of “{item}”</source>
        <translation>「{item}」の部屋</translation>
    </message>
    <message>
        <source>the description of “{item}”</source>
        <translation>「{item}」の説明</translation>
    </message>
    <message>
        <source>the duration of “{item}”</source>
        <translation>「{item}」の所要時間</translation>
    </message>
    <message>
        <source>a speaking time in “{item}”</source>
        <translation>「{item}」の発言時間</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>the venue&apos;s {field}</source>
        <translation>会場の{field}</translation>
    </message>
    <message>
        <source>the event&apos;s start</source>
        <translation>イベントの開始日</translation>
    </message>
    <message>
        <source>the event&apos;s end</source>
        <translation>イベントの終了日</translation>
    </message>
    <message>
        <source>the round number</source>
        <translation>ラウンド番号</translation>
    </message>
    <message>
        <source>the series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>the precedence of {person}</source>
        <translation>{person}の席次</translation>
    </message>
    <message>
        <source>the notes on {person}</source>
        <translation>{person}に関するメモ</translation>
    </message>
    <message>
        <source>a day of the programme</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>the title of the day {day}</source>
        <translation>{day}の日程のタイトル</translation>
    </message>
    <message>
        <source>the notes of the day {day}</source>
        <translation>{day}の日程のメモ</translation>
    </message>
    <message>
        <source>the day {day} has {count} agenda items; a day holds at most {most}</source>
        <translation>{day}の日程には{count}件の項目があります。1日の項目は最大{most}件です</translation>
    </message>
    <message>
        <source>an attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>the attachment {file} is larger than 50 MB</source>
        <translation>添付ファイル{file}が50MBを超えています</translation>
    </message>
    <message>
        <source>the event needs a title</source>
        <translation>イベントにはタイトルが必要です</translation>
    </message>
    <message>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>イベントの終了日（{end}）が開始日（{start}）より前になっています</translation>
    </message>
    <message>
        <source>the event ends at {end}, not after it starts at {start}</source>
        <translation>イベントの終了時刻（{end}）が開始時刻（{start}）より後になっていません</translation>
    </message>
    <message>
        <source>an end time needs a start time</source>
        <translation>終了時刻を指定するには開始時刻が必要です</translation>
    </message>
    <message>
        <source>unknown time zone {zone} (use a name like Europe/Moscow)</source>
        <translation>タイムゾーン{zone}は不明です（Asia/Tokyoのような名前を指定してください）</translation>
    </message>
    <message>
        <source>the short name {slug} may use only a-z, 0-9 and single hyphens</source>
        <translation>短縮名{slug}に使用できるのは、a～z、0～9と単独のハイフンのみです</translation>
    </message>
    <message>
        <source>a round number needs a series</source>
        <translation>ラウンド番号を指定するにはシリーズが必要です</translation>
    </message>
    <message>
        <source>round numbers start at 1</source>
        <translation>ラウンド番号は1から始まります</translation>
    </message>
    <message>
        <source>the series needs a name</source>
        <translation>シリーズには名前が必要です</translation>
    </message>
    <message>
        <source>every delegation needs a name</source>
        <translation>すべての代表団に名前が必要です</translation>
    </message>
    <message>
        <source>two delegations have the same name</source>
        <translation>同じ名前の代表団が2つあります</translation>
    </message>
    <message>
        <source>{given} {family} is listed twice</source>
        <translation>{given} {family}が2回登録されています</translation>
    </message>
    <message>
        <source>every organisation needs a name</source>
        <translation>すべての組織に名前が必要です</translation>
    </message>
    <message>
        <source>the day {day} is outside the event&apos;s dates</source>
        <translation>{day}はイベントの期間外です</translation>
    </message>
    <message>
        <source>every attachment needs a file name</source>
        <translation>すべての添付ファイルにファイル名が必要です</translation>
    </message>
    <message>
        <source>the attachment {file} has no content</source>
        <translation>添付ファイル{file}の内容が空です</translation>
    </message>
    <message>
        <source>two seating plans have the same name</source>
        <translation>同じ名前の座席表が2つあります</translation>
    </message>
    <message>
        <source>every seating plan needs a name</source>
        <translation>すべての座席表に名前が必要です</translation>
    </message>
    <message>
        <source>seating plan “{plan}” is for {day}, which is not a day of the event</source>
        <translation>座席表「{plan}」の日付{day}はイベントの日程に含まれていません</translation>
    </message>
    <message>
        <source>seating plan “{plan}” has seats 1 to {last}, not seat {seat}</source>
        <translation>座席表「{plan}」の席は1～{last}番です。{seat}番の席はありません</translation>
    </message>
    <message>
        <source>seating plan “{plan}” lists seat {seat} twice</source>
        <translation>座席表「{plan}」で{seat}番の席が2回指定されています</translation>
    </message>
    <message>
        <source>seating plan “{plan}” seats the same participant twice</source>
        <translation>座席表「{plan}」で同じ参加者が2回配席されています</translation>
    </message>
    <message>
        <source>a seating rule of “{plan}” needs two participants</source>
        <translation>座席表「{plan}」の配席ルールには2人の参加者が必要です</translation>
    </message>
    <message>
        <source>a seating rule of “{plan}” pairs a participant with themselves</source>
        <translation>座席表「{plan}」の配席ルールで参加者が自分自身と組み合わされています</translation>
    </message>
    <message>
        <source>the name of a seating plan</source>
        <translation>座席表の名前</translation>
    </message>
    <message>
        <source>the notes of “{plan}”</source>
        <translation>「{plan}」のメモ</translation>
    </message>
    <message>
        <source>the day of “{plan}”</source>
        <translation>「{plan}」の日付</translation>
    </message>
    <message>
        <source>the seats of “{plan}”</source>
        <translation>「{plan}」の席数</translation>
    </message>
    <message>
        <source>the head seat of “{plan}”</source>
        <translation>「{plan}」の上座の席</translation>
    </message>
    <message>
        <source>the seats per side of “{plan}”</source>
        <translation>「{plan}」の1辺あたりの席数</translation>
    </message>
    <message>
        <source>the rows of “{plan}”</source>
        <translation>「{plan}」の列数</translation>
    </message>
    <message>
        <source>a seat number of “{plan}”</source>
        <translation>「{plan}」の席番号</translation>
    </message>
    <message>
        <source>a seat&apos;s name in “{plan}”</source>
        <translation>「{plan}」の席の名前</translation>
    </message>
    <message>
        <source>{path} {reason}. The newest good backup is {backup} ({about}); restore it with: roundtable --db {path} restore {backup}</source>
        <translation>{path}は{reason}。正常な最新のバックアップは{backup}（{about}）です。次のコマンドで復元できます：roundtable --db {path} restore {backup}</translation>
    </message>
    <message>
        <source>{path} {reason}. No good backup of it was found</source>
        <translation>{path}は{reason}。正常なバックアップは見つかりませんでした</translation>
    </message>
    <message>
        <source>Save to a calendar file</source>
        <translation>カレンダーファイルに保存</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>カレンダーファイル</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>固定時刻</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name}（{minutes}分）</translation>
    </message>
    <message>
        <source>Anchored: starts at this clock time whatever comes before it</source>
        <translation>固定時刻：前の項目に関係なく、この時刻に開始</translation>
    </message>
    <message>
        <source>Chair: {name}</source>
        <translation>議長：{name}</translation>
    </message>
    <message>
        <source>Timeline of the day</source>
        <translation>当日のタイムライン</translation>
    </message>
    <message>
        <source>No agenda items</source>
        <translation>項目なし</translation>
    </message>
    <message>
        <source>{times} in the slot {slot}</source>
        <translation>{times}（時間枠：{slot}）</translation>
    </message>
    <message>
        <source>No agenda items to show</source>
        <translation>表示する項目がありません</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>No chair</source>
        <translation>議長なし</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes in a spin box</comment>
        <translation>分</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Speakers of “{title}”</source>
        <translation>「{title}」の登壇者</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Speaking minutes</source>
        <translation>発言時間（分）</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>議長(&amp;C):</translation>
    </message>
    <message>
        <source>Select an event to see its agenda.</source>
        <translation>アジェンダを表示するイベントを選択してください。</translation>
    </message>
    <message>
        <source>This event has no programme days yet.</source>
        <translation>このイベントにはまだ日程がありません。</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>日を追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add the event&apos;s start date as a programme day</source>
        <translation>イベントの開始日を日程に追加</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>日(&amp;Y):</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>時間枠(&amp;L):</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Slot start</source>
        <translation>時間枠の開始</translation>
    </message>
    <message>
        <source>Slot end</source>
        <translation>時間枠の終了</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>アジェンダの項目</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Add a %n-minute session</source>
        <translation>
            <numerusform>%n分のセッションを追加</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected items</source>
        <translation>選択した項目を削除</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Speakers…</source>
        <translation>登壇者(&amp;S)…</translation>
    </message>
    <message>
        <source>Speakers and chair of the selected item</source>
        <translation>選択した項目の登壇者と議長</translation>
    </message>
    <message>
        <source>&amp;Fit to slot</source>
        <translation>時間枠に合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Stretch or shrink the flexible items so the day ends at its slot end</source>
        <translation>その日が時間枠の終了時刻に終わるよう、固定されていない項目の時間を伸縮</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>印刷(&amp;I)…</translation>
    </message>
    <message>
        <source>See the agenda&apos;s pages, then save them as a PDF or print them</source>
        <translation>アジェンダのページを確認してから、PDFとして保存または印刷</translation>
    </message>
    <message>
        <source>Calen&amp;dar (.ics)…</source>
        <translation>カレンダー(.ics)(&amp;D)…</translation>
    </message>
    <message>
        <source>One calendar entry per agenda item</source>
        <translation>項目ごとに1件のカレンダー予定</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Timing warnings</source>
        <translation>時間配分の警告</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>時間配分</translation>
    </message>
    <message>
        <source>Speaking time (whole event)</source>
        <translation>発言時間（イベント全体）</translation>
    </message>
    <message>
        <source>The day&apos;s timing is in order.</source>
        <translation>その日の時間配分に問題はありません。</translation>
    </message>
    <message>
        <source>No speakers yet.</source>
        <translation>登壇者はまだいません。</translation>
    </message>
    <message>
        <source>{name}: {minutes} min</source>
        <translation>{name}：{minutes}分</translation>
    </message>
    <message>
        <source>{name}: no set time</source>
        <translation>{name}：時間未設定</translation>
    </message>
    <message>
        <source>Saved the calendar file {path}</source>
        <translation>カレンダーファイル{path}を保存しました</translation>
    </message>
    <message>
        <source>Remove “{title}” from the agenda? (Edit ▸ Undo brings it back.)</source>
        <translation>「{title}」をアジェンダから削除しますか？（「編集 ▸ 元に戻す」で元に戻せます。）</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n items from the agenda? (Edit ▸ Undo brings it back.)</source>
        <translation>
            <numerusform>これら%n件の項目をアジェンダから削除しますか？（「編集 ▸ 元に戻す」で元に戻せます。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the agenda</source>
        <translation>アジェンダから削除</translation>
    </message>
    <message>
        <source>Fit to slot</source>
        <translation>時間枠に合わせる</translation>
    </message>
    <message>
        <source>The day already fits its slot.</source>
        <translation>その日はすでに時間枠に収まっています。</translation>
    </message>
    <message>
        <source>Set speakers</source>
        <translation>登壇者を設定</translation>
    </message>
    <message>
        <source>Type the slot&apos;s times as HH:MM, e.g. 09:30.</source>
        <translation>時間枠の時刻はHH:MMの形式（例：09:30）で入力してください。</translation>
    </message>
    <message>
        <source>Every date of the event already has a day in the programme.</source>
        <translation>イベントのすべての日付がすでに日程に含まれています。</translation>
    </message>
    <message>
        <source>{weekday}, not {typed_weekday}</source>
        <translation>{weekday}（{typed_weekday}ではありません）</translation>
    </message>
    <message>
        <source>e.g. {date}</source>
        <translation>例：{date}</translation>
    </message>
    <message>
        <source>Type a date such as {date}, 14 April, 14/4/2027 or 2027-04-14; Up and Down move it by a day, Alt+Down opens a calendar</source>
        <translation>{date}、4月14日、2027/4/14、2027-04-14などの形式で日付を入力。上下キーで1日ずつ変更、Alt+Downでカレンダーを表示</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>カレンダーから日付を選択（Alt+Down）</translation>
    </message>
    <message>
        <source>{subject} is empty: type a date such as {example}</source>
        <translation>{subject}が空です。{example}のように日付を入力してください</translation>
    </message>
    <message>
        <source>{subject} “{text}” is not a date: type it like {example}</source>
        <translation>{subject}の「{text}」は日付ではありません。{example}のように入力してください</translation>
    </message>
    <message>
        <source>is empty: type a date such as {example}</source>
        <translation>空です。{example}のように日付を入力してください</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it like {example}</source>
        <translation>「{text}」は日付ではありません。{example}のように入力してください</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>無効な日付</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message numerus="yes">
        <source>Type a time such as 14:30, 1430, 14 or 2:30 pm, or leave it empty for none; Up and Down change it by %n minutes</source>
        <translation>
            <numerusform>14:30、1430、14、2:30 pmなどの形式で時刻を入力（空欄で時刻なし）。上下キーで%n分ずつ変更</numerusform>
        </translation>
    </message>
    <message>
        <source>{subject} “{text}” is not a time: type it like 14:30, or leave it empty</source>
        <translation>{subject}の「{text}」は時刻ではありません。14:30のように入力するか、空欄にしてください</translation>
    </message>
    <message>
        <source>“{text}” is not a time: type it like 14:30, or leave it empty</source>
        <translation>「{text}」は時刻ではありません。14:30のように入力するか、空欄にしてください</translation>
    </message>
    <message>
        <source>{field}, date</source>
        <translation>{field}（日付）</translation>
    </message>
    <message>
        <source>{field}, time of day</source>
        <translation>{field}（時刻）</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>The time is empty: type one such as 14:30</source>
        <translation>時刻が空です。14:30のように入力してください</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210×297mm）</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter（8.5×11インチ）</translation>
    </message>
    <message>
        <source>CSV, for any spreadsheet (*.csv)</source>
        <translation>CSV（各種表計算ソフト用） (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
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
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>何も保存されませんでした</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>何も変更されませんでした</translation>
    </message>
    <message>
        <source>nothing was deleted</source>
        <translation>何も削除されませんでした</translation>
    </message>
    <message>
        <source>nothing was moved</source>
        <translation>何も移動されませんでした</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>何もインポートされませんでした</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>変更は行われませんでした。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新しい組織</translation>
    </message>
    <message>
        <source>e.g. Russian International Affairs Council</source>
        <translation>例：日本国際問題研究所</translation>
    </message>
    <message>
        <source>e.g. RIAC</source>
        <translation>例：JIIA</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>The logo as printed on the flyer</source>
        <translation>チラシに印刷されるロゴ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>略称(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>ウェブサイト(&amp;W):</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>ロゴ:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation>組織には名前が必要です。</translation>
    </message>
    <message>
        <source>An organisation called “{name}” already exists. Choose it from the list instead, so the two stay one.</source>
        <translation>「{name}」という組織はすでに存在します。同じ組織が2つに分かれないよう、一覧から選択してください。</translation>
    </message>
    <message>
        <source>Your &amp;name (written on log entries and changes):</source>
        <translation>あなたの名前（ログ記録と変更履歴に記録されます）(&amp;N):</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>システム（{language}）</translation>
    </message>
    <message>
        <source>Changes are recorded without a name; set yours in Edit ▸ Preferences…</source>
        <translation>変更は名前なしで記録されます。「編集 ▸ 環境設定…」で名前を設定してください</translation>
    </message>
    <message>
        <source>Changes are recorded as “{name}”; change the name in Edit ▸ Preferences…</source>
        <translation>変更は「{name}」として記録されます。名前は「編集 ▸ 環境設定…」で変更できます</translation>
    </message>
    <message>
        <source>Left empty, no name is used. The name is kept on this computer; entries already written keep the name they were written with.</source>
        <translation>空欄の場合、名前は記録されません。名前はこのコンピューターに保存されます。記録済みの内容は、記録時の名前のまま変わりません。</translation>
    </message>
    <message>
        <source>Left empty, “{name}” (your account&apos;s full name on this computer) is used. The name is kept on this computer; entries already written keep the name they were written with.</source>
        <translation>空欄の場合、「{name}」（このコンピューターのアカウントのフルネーム）が使用されます。名前はこのコンピューターに保存されます。記録済みの内容は、記録時の名前のまま変わりません。</translation>
    </message>
    <message>
        <source>Left empty, your login name, “{name}”, is used. The name is kept on this computer; entries already written keep the name they were written with.</source>
        <translation>空欄の場合、ログイン名「{name}」が使用されます。名前はこのコンピューターに保存されます。記録済みの内容は、記録時の名前のまま変わりません。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Log entries and the event&apos;s change history say who wrote them. What name should they carry? You can change it later in Edit ▸ Preferences.</source>
        <translation>ログ記録とイベントの変更履歴には記入者の名前が残ります。どの名前を使用しますか？後で「編集 ▸ 環境設定」から変更できます。</translation>
    </message>
    <message>
        <source>e.g. Jane Organiser</source>
        <translation>例：山田花子</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>この名前を使用</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The interface changes to the language chosen when Roundtable next starts.</source>
        <translation>インターフェースの言語は、次回Roundtableを起動したときに変更されます。</translation>
    </message>
    <message>
        <source>e.g. Europe/Moscow</source>
        <translation>例：Asia/Tokyo</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>{action}を元に戻す</translation>
    </message>
    <message>
        <source>Event bundles</source>
        <translation>イベントバンドル</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Import event bundle</source>
        <translation>イベントバンドルをインポート</translation>
    </message>
    <message>
        <source>Export event bundle</source>
        <translation>イベントバンドルをエクスポート</translation>
    </message>
    <message>
        <source>This bundle contains “{title}”, which is already in the database.</source>
        <translation>このバンドルには「{title}」が含まれていますが、このイベントはすでにデータベースにあります。</translation>
    </message>
    <message>
        <source>Replace it with the version in the bundle, or import the bundle as a new copy next to it? Either can be undone.</source>
        <translation>バンドル内の版で置き換えますか？それとも、新しいコピーとして並べてインポートしますか？どちらも元に戻せます。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Import as new copy</source>
        <translation>新しいコピーとしてインポート</translation>
    </message>
    <message>
        <source>a file to attach</source>
        <translation>添付するファイル</translation>
    </message>
    <message>
        <source>{file} is {size}; attachments can be at most {limit}</source>
        <translation>{file}のサイズは{size}です。添付ファイルの上限は{limit}です</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file}を読み込めません：{reason}</translation>
    </message>
    <message>
        <source>{file} is larger than {limit}</source>
        <translation>{file}が{limit}を超えています</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>&amp;Add from file…</source>
        <translation>ファイルから追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Files are stored in the database with the event, so they travel with exported bundles. Double-click a caption to change it.</source>
        <translation>ファイルはイベントとともにデータベースに保存されるため、エクスポートしたバンドルにも含まれます。キャプションをダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>添付ファイルを追加</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>添付ファイルを追加</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>添付ファイルを保存</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>{file}を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Edit event {title}</source>
        <translation>イベント{title}を編集</translation>
    </message>
    <message>
        <source>Load example events</source>
        <translation>サンプルイベントを読み込む</translation>
    </message>
    <message>
        <source>Example events</source>
        <translation>サンプルイベント</translation>
    </message>
    <message>
        <source>The example events are already in this database.</source>
        <translation>サンプルイベントはすでにこのデータベースにあります。</translation>
    </message>
    <message>
        <source>event bundle</source>
        <translation>イベントバンドル</translation>
    </message>
    <message>
        <source>Import event {title}</source>
        <translation>イベント{title}をインポート</translation>
    </message>
    <message numerus="yes">
        <source>No programme days are made for an event of more than %n days; add them on its Agenda tab.</source>
        <translation>
            <numerusform>%n日を超えるイベントには日程は作成されません。アジェンダタブで追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new event gets one programme day, {start}–{end}, ready for its agenda.</source>
        <translation>新しいイベントには{start}～{end}の日程が1日分作成され、すぐにアジェンダを作成できます。</translation>
    </message>
    <message>
        <source>The new event gets one programme day, from {start}, ready for its agenda.</source>
        <translation>新しいイベントには{start}からの日程が1日分作成され、すぐにアジェンダを作成できます。</translation>
    </message>
    <message>
        <source>The new event gets one programme day, ready for its agenda.</source>
        <translation>新しいイベントには日程が1日分作成され、すぐにアジェンダを作成できます。</translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, {start}–{end} each, ready for its agenda.</source>
        <translation>
            <numerusform>新しいイベントには日付ごとに計%n日分の日程が作成され（各日{start}～{end}）、すぐにアジェンダを作成できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, from {start} on the first to {end} on the last, ready for its agenda.</source>
        <translation>
            <numerusform>新しいイベントには日付ごとに計%n日分の日程が作成され（初日{start}から最終日{end}まで）、すぐにアジェンダを作成できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, the first from {start}, ready for its agenda.</source>
        <translation>
            <numerusform>新しいイベントには日付ごとに計%n日分の日程が作成され（初日は{start}から）、すぐにアジェンダを作成できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, ready for its agenda.</source>
        <translation>
            <numerusform>新しいイベントには日付ごとに計%n日分の日程が作成され、すぐにアジェンダを作成できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>Edit event — {title}</source>
        <translation>イベントを編集 — {title}</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Date &amp;&amp; venue</source>
        <translation>日時と会場(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>組織(&amp;O)</translation>
    </message>
    <message>
        <source>Te&amp;xts</source>
        <translation>テキスト(&amp;X)</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>添付ファイル(&amp;M)</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>イベントを作成</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <source>Required, e.g. Trilateral Dialogue on Northeast Asia</source>
        <translation>必須（例：北東アジアに関する三か国対話）</translation>
    </message>
    <message>
        <source>For badges and tight spaces</source>
        <translation>名札や狭い場所で使用</translation>
    </message>
    <message>
        <source>e.g. DC Policy Forum</source>
        <translation>例：東京政策フォーラム</translation>
    </message>
    <message>
        <source>None — pick one or type a new name</source>
        <translation>なし — 選択するか新しい名前を入力</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>ラウンド(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>サブタイトル(&amp;U):</translation>
    </message>
    <message>
        <source>Short tit&amp;le:</source>
        <translation>短縮タイトル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Programme / forum:</source>
        <translation>プログラム／フォーラム(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>シリーズ(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>短縮名(&amp;H):</translation>
    </message>
    <message>
        <source>How the command line refers to this event. Leave it empty to have one made from the title.</source>
        <translation>コマンドラインでこのイベントを指す名前です。空欄にするとタイトルから自動作成されます。</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>都道府県・地域</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>RSVP</source>
        <translation>出欠の連絡</translation>
    </message>
    <message>
        <source>New event from announcement</source>
        <translation>告知文からイベントを作成</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>読み取る(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create event</source>
        <translation>イベントを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Paste the announcement of an event (a web page, an e-mail, a flyer), or open it from a file. Nothing is saved before you have reviewed what was read.</source>
        <translation>イベントの告知文（Webページ、メール、チラシ）を貼り付けるか、ファイルから開いてください。読み取った内容を確認するまで何も保存されません。</translation>
    </message>
    <message>
        <source>Paste the announcement here</source>
        <translation>ここに告知文を貼り付けてください</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the text of a .txt, .html, .eml, .docx or .pdf file</source>
        <translation>.txt、.html、.eml、.docx、.pdfファイルのテキストを読み取ります</translation>
    </message>
    <message>
        <source>Open announcement</source>
        <translation>告知文を開く</translation>
    </message>
    <message>
        <source>Announcements (*.txt *.html *.htm *.eml *.docx *.pdf);;All files (*)</source>
        <translation>告知文 (*.txt *.html *.htm *.eml *.docx *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>People: nothing found</source>
        <translation>人物：見つかりません</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>人物名簿</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Same as {name}?</source>
        <translation>{name}と同一人物？</translation>
    </message>
    <message>
        <source>{field} “{text}” is not a number</source>
        <translation>{field}の「{text}」は数値ではありません</translation>
    </message>
    <message>
        <source>{reason}

Nothing was saved.</source>
        <translation>{reason}

何も保存されませんでした。</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>時刻(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <source>at</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V):</translation>
    </message>
    <message>
        <source>e.g. Hotel Baltschug Kempinski</source>
        <translation>例：ホテルオークラ東京</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>部屋(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. Conference room B</source>
        <translation>例：会議室B</translation>
    </message>
    <message>
        <source>Stree&amp;t:</source>
        <translation>番地(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>市区町村(&amp;C):</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>都道府県・州(&amp;G):</translation>
    </message>
    <message>
        <source>State, province or prefecture</source>
        <translation>都道府県、州など</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>郵便番号(&amp;C):</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>国(&amp;N):</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>e.g. No recording. Press at the opening only. No photographs in the session.</source>
        <translation>例：録音禁止。報道は冒頭のみ。セッション中の写真撮影禁止。</translation>
    </message>
    <message>
        <source>Attri&amp;bution:</source>
        <translation>発言の扱い(&amp;B):</translation>
    </message>
    <message>
        <source>Ho&amp;use rules:</source>
        <translation>会場のルール(&amp;U):</translation>
    </message>
    <message>
        <source>e.g. RSVP to events@example.org by 20 February</source>
        <translation>例：2月20日までにevents@example.orgへ出欠のご連絡をお願いします</translation>
    </message>
    <message>
        <source>&amp;RSVP:</source>
        <translation>出欠の連絡(&amp;R):</translation>
    </message>
    <message>
        <source>What the event is about, as for an invitation</source>
        <translation>招待状のように、イベントの内容を説明</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>内部メモ</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>説明(&amp;P):</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>メモ(&amp;S):</translation>
    </message>
    <message>
        <source>The event&apos;s minutes are written on the Log tab&apos;s Minutes page (Log ▸ Minutes).</source>
        <translation>イベントの議事録は、ログタブの議事録ページ（ログ ▸ 議事録）で作成します。</translation>
    </message>
    <message>
        <source>A new series “{name}” will be created.</source>
        <translation>新しいシリーズ「{name}」が作成されます。</translation>
    </message>
    <message>
        <source>The start date {problem}</source>
        <translation>開始日は{problem}</translation>
    </message>
    <message>
        <source>The end date {problem}</source>
        <translation>終了日は{problem}</translation>
    </message>
    <message>
        <source>The start time {problem}</source>
        <translation>開始時刻は{problem}</translation>
    </message>
    <message>
        <source>The end time {problem}</source>
        <translation>終了時刻は{problem}</translation>
    </message>
    <message>
        <source>Programme days move with the start date; add or remove them on the event&apos;s Agenda tab.</source>
        <translation>日程は開始日に合わせて移動します。日程の追加や削除はイベントのアジェンダタブで行います。</translation>
    </message>
    <message>
        <source>Automatic: {slug}</source>
        <translation>自動：{slug}</translation>
    </message>
    <message>
        <source>Made from the title</source>
        <translation>タイトルから自動作成</translation>
    </message>
    <message>
        <source>The short name “{slug}” is already used by another event. Choose another one, or leave it empty to have one made.</source>
        <translation>短縮名「{slug}」はすでに別のイベントで使用されています。別の名前を指定するか、空欄にして自動作成してください。</translation>
    </message>
    <message>
        <source>Type to find an organisation…</source>
        <translation>組織名を入力して検索…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the organisation in this role; a name not known yet is added as a new one</source>
        <translation>この役割で組織を追加（未登録の名前は新しい組織として追加）</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>新しい組織(&amp;N)…</translation>
    </message>
    <message>
        <source>Describe a new organisation (short name, kind, country)</source>
        <translation>新しい組織を登録（略称、種類、国）</translation>
    </message>
    <message>
        <source>as</source>
        <comment>organisation role</comment>
        <translation>役割：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Correct this organisation&apos;s name, kind, country or website</source>
        <translation>この組織の名前、種類、国、ウェブサイトを修正</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>下へ移動(&amp;O)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Add &amp;delegation</source>
        <translation>代表団を追加(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>For dialogues between national teams, e.g. “Russian delegation”.</source>
        <translation>国別チーム間の対話の場合に使用します（例：「ロシア代表団」）。</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name}（新規）</translation>
    </message>
    <message>
        <source>created when the event is saved</source>
        <translation>イベントの保存時に作成</translation>
    </message>
    <message>
        <source>“{name}” is a new organisation: it is created when the event is saved. Edit… gives its short name, kind and country.</source>
        <translation>「{name}」は新しい組織で、イベントの保存時に作成されます。略称、種類、国は「編集…」で設定できます。</translation>
    </message>
    <message>
        <source>{name} is already listed as {role}.</source>
        <translation>{name}はすでに{role}として登録されています。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>{name} is listed twice as {role}.</source>
        <translation>{name}が{role}として2回登録されています。</translation>
    </message>
    <message>
        <source>Select an event on the left to see it here, or press &lt;b&gt;Ctrl+N&lt;/b&gt; to create one.</source>
        <translation>左側でイベントを選択するとここに表示されます。新しいイベントを作成するには&lt;b&gt;Ctrl+N&lt;/b&gt;を押してください。</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Hosts</source>
        <comment>participant role</comment>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>議長</translation>
    </message>
    <message>
        <source>Opening speakers</source>
        <translation>開会の登壇者</translation>
    </message>
    <message>
        <source>Participants / panelists</source>
        <translation>参加者・パネリスト</translation>
    </message>
    <message>
        <source>Discussants</source>
        <translation>討論者</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation>代表団メンバー</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Hosts</source>
        <comment>organisation role</comment>
        <translation>主催</translation>
    </message>
    <message>
        <source>Co-hosts</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>協力団体</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>協賛</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>{series}, round {number}</source>
        <translation>{series}、第{number}ラウンド</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>短縮タイトル</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>短縮名</translation>
    </message>
    <message>
        <source>Participants ({count})</source>
        <translation>参加者（{count}）</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n件の項目</numerusform>
        </translation>
    </message>
    <message>
        <source>no items yet</source>
        <translation>項目はまだありません</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{seated} of %n participants seated</source>
        <translation>
            <numerusform>参加者%n人中{seated}人が着席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <comment>seats</comment>
        <translation>
            <numerusform>予約席%n席</numerusform>
        </translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>座席</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>議事録</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>第{number}ラウンド</translation>
    </message>
    <message>
        <source>Standalone events</source>
        <translation>単独のイベント</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message numerus="yes">
        <source>{group}: %n events</source>
        <translation>
            <numerusform>{group}：%n件のイベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{years} · %n events</source>
        <translation>
            <numerusform>{years} · %n件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>{status} · short name: {slug}</source>
        <translation>{status} · 短縮名：{slug}</translation>
    </message>
    <message>
        <source>Add log entry {entry}</source>
        <translation>ログ記録{entry}を追加</translation>
    </message>
    <message>
        <source>Edit log entry {entry}</source>
        <translation>ログ記録{entry}を編集</translation>
    </message>
    <message>
        <source>Save minutes of {title}</source>
        <translation>{title}の議事録を保存</translation>
    </message>
    <message>
        <source>Select an entry to see it in full, with its earlier versions if it was edited.</source>
        <translation>記録を選択すると、全文が表示されます（編集された場合は以前の版も表示されます）。</translation>
    </message>
    <message>
        <source>Earlier versions ({count})</source>
        <translation>以前の版（{count}）</translation>
    </message>
    <message>
        <source>Replaced {when} by {who}</source>
        <translation>{when}に{who}が置き換え</translation>
    </message>
    <message>
        <source>Replaced {when}</source>
        <translation>{when}に置き換え</translation>
    </message>
    <message>
        <source>Recorded by Roundtable when the event was saved; the history cannot be edited.</source>
        <translation>イベントの保存時にRoundtableが記録したものです。この履歴は編集できません。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>{category} · edited</source>
        <translation>{category} · 編集済み</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>記入日時</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}（{who}）</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>最終編集</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>項目なし</translation>
    </message>
    <message>
        <source>Write what the entry records.</source>
        <translation>記録する内容を入力してください。</translation>
    </message>
    <message>
        <source>Written by {author}, {when}.</source>
        <translation>{when}に{author}が記入しました。</translation>
    </message>
    <message>
        <source>Written by someone, {when}.</source>
        <translation>{when}に記入されました（記入者不明）。</translation>
    </message>
    <message numerus="yes">
        <source>Edited before: %n earlier versions.</source>
        <translation>
            <numerusform>この記録は編集されています（以前の版：%n件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving keeps the text it replaces.</source>
        <translation>保存しても、置き換えられる前のテキストは保持されます。</translation>
    </message>
    <message>
        <source>Edit log entry</source>
        <translation>ログ記録を編集</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>新しいログ記録</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>現在時刻(&amp;N)</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>時刻を現在時刻に設定</translation>
    </message>
    <message>
        <source>&amp;Time ({zone}):</source>
        <translation>時刻（{zone}）(&amp;T):</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分類(&amp;C):</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>What happened, was said, agreed or decided…</source>
        <translation>起きたこと、発言、合意、決定事項…</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>項目(&amp;A):</translation>
    </message>
    <message>
        <source>Find a participant…</source>
        <translation>参加者を検索…</translation>
    </message>
    <message>
        <source>Find a participant</source>
        <translation>参加者を検索</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>人物(&amp;P):</translation>
    </message>
    <message>
        <source>This event has no participants yet</source>
        <translation>このイベントにはまだ参加者がいません</translation>
    </message>
    <message>
        <source>Someone not in this event</source>
        <translation>このイベントの参加者以外</translation>
    </message>
    <message>
        <source>{name} (not a participant)</source>
        <translation>{name}（参加者以外）</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>終了が開始より前になっています。</translation>
    </message>
    <message>
        <source>The event&apos;s minutes, printed with “Print minutes…” and kept in the event bundle. Plain text; a blank line starts a new paragraph. Tab moves on; Ctrl+Tab types a tab.</source>
        <translation>イベントの議事録です。「議事録を印刷…」で印刷でき、イベントバンドルにも保存されます。プレーンテキストで、空行を入れると新しい段落になります。Tabキーで次に移動し、Ctrl+Tabでタブ文字を入力します。</translation>
    </message>
    <message>
        <source>Saved the minutes of {title}</source>
        <translation>{title}の議事録を保存しました</translation>
    </message>
    <message>
        <source>Who met, what was discussed, what was agreed and what happens next…</source>
        <translation>出席者、議論の内容、合意事項、今後の予定…</translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>議事録を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the minutes as one step (Ctrl+S); Edit ▸ Undo takes it back</source>
        <translation>議事録を1回の操作として保存（Ctrl+S）。「編集 ▸ 元に戻す」で取り消せます</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Throw away what was typed since the minutes were saved</source>
        <translation>議事録の保存後に入力した内容を破棄</translation>
    </message>
    <message>
        <source>Pri&amp;nt minutes…</source>
        <translation>議事録を印刷(&amp;N)…</translation>
    </message>
    <message>
        <source>See the minutes&apos; pages, then save them as a PDF or print them</source>
        <translation>議事録のページを確認してから、PDFとして保存または印刷</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>議事録を保存</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Unsaved minutes</source>
        <translation>未保存の議事録</translation>
    </message>
    <message>
        <source>The minutes of {title} have changes that are not saved. Save them?</source>
        <translation>{title}の議事録に保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>（編集済み）</translation>
    </message>
    <message>
        <source>Event change</source>
        <translation>イベントの変更</translation>
    </message>
    <message>
        <source>Participants change</source>
        <translation>参加者の変更</translation>
    </message>
    <message>
        <source>Agenda change</source>
        <translation>アジェンダの変更</translation>
    </message>
    <message>
        <source>Seating change</source>
        <translation>座席の変更</translation>
    </message>
    <message>
        <source>Event changes</source>
        <translation>イベントの変更</translation>
    </message>
    <message>
        <source>Participants changes</source>
        <translation>参加者の変更</translation>
    </message>
    <message>
        <source>Agenda changes</source>
        <translation>アジェンダの変更</translation>
    </message>
    <message>
        <source>Seating changes</source>
        <translation>座席の変更</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>人物{number}</translation>
    </message>
    <message>
        <source>{day}, {time} ({zone})</source>
        <translation>{day} {time}（{zone}）</translation>
    </message>
    <message>
        <source>someone not in this event</source>
        <translation>このイベントの参加者以外</translation>
    </message>
    <message numerus="yes">
        <source>Edited; %n earlier versions below the list.</source>
        <translation>
            <numerusform>編集済み。以前の版%n件が一覧の下にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>{length} long; timed by the session timer</source>
        <translation>長さ{length}（セッションタイマーで計測）</translation>
    </message>
    <message>
        <source>{length} long</source>
        <translation>長さ{length}</translation>
    </message>
    <message>
        <source>Log entries are never deleted: edit the entry instead (its earlier text is kept).</source>
        <translation>ログ記録は削除できません。代わりに記録を編集してください（以前のテキストは保持されます）。</translation>
    </message>
    <message>
        <source>The change history is kept as Roundtable recorded it; it cannot be edited.</source>
        <translation>変更履歴はRoundtableが記録したとおりに保持され、編集できません。</translation>
    </message>
    <message>
        <source>Quick entry: type what happened and press Ctrl+Return</source>
        <translation>クイック入力：内容を入力してCtrl+Returnを押します</translation>
    </message>
    <message>
        <source>Select an event to see its log.</source>
        <translation>ログを表示するイベントを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>記録(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>議事録(&amp;M)</translation>
    </message>
    <message>
        <source>Planned vs a&amp;ctual</source>
        <translation>予定と実績(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;un session…</source>
        <translation>セッションを進行(&amp;U)…</translation>
    </message>
    <message>
        <source>Open the moderator&apos;s timer for this event (F5): it records when each item and speaker actually started and ended</source>
        <translation>このイベントのモデレーター用タイマーを開きます（F5）。各項目と登壇者の実際の開始・終了時刻を記録します</translation>
    </message>
    <message>
        <source>Category of the quick entry</source>
        <translation>クイック入力の分類</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>クイック入力</translation>
    </message>
    <message>
        <source>Add the line as an entry, timed now (Ctrl+Return)</source>
        <translation>入力した行を現在時刻の記録として追加（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Add entr&amp;y…</source>
        <translation>記録を追加(&amp;Y)…</translation>
    </message>
    <message>
        <source>Write an entry with its time, agenda item and people (Ctrl+J from anywhere)</source>
        <translation>時刻、項目、人物を指定して記録を入力（どこからでもCtrl+J）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Journal and changes</source>
        <translation>記録と変更</translation>
    </message>
    <message>
        <source>Journal only</source>
        <translation>記録のみ</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>変更のみ</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <source>Area of changes</source>
        <translation>変更の範囲</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ログを検索</translation>
    </message>
    <message>
        <source>Search text, people, agenda items…</source>
        <translation>テキスト、人物、項目などを検索…</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>記録の詳細</translation>
    </message>
    <message>
        <source>Ed&amp;it entry…</source>
        <translation>記録を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Change the selected entry (Return); its earlier text is kept</source>
        <translation>選択した記録を変更（Return）。以前のテキストは保持されます</translation>
    </message>
    <message>
        <source>Print lo&amp;g…</source>
        <translation>ログを印刷(&amp;G)…</translation>
    </message>
    <message>
        <source>See the log&apos;s pages, then save them as a PDF or print them</source>
        <translation>ログのページを確認してから、PDFとして保存または印刷</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>ログをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the whole log as a PDF, a CSV for a spreadsheet or a Markdown file</source>
        <translation>ログ全体をPDF、表計算ソフト用のCSV、Markdownファイルのいずれかで保存</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n件の記録</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>%n件中{shown}件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are recorded by Roundtable and cannot be edited.</source>
        <translation>変更はRoundtableによって記録され、編集できません。</translation>
    </message>
    <message>
        <source>Read-only: the log can be looked at and printed here, not changed.</source>
        <translation>読み取り専用：ここではログの閲覧と印刷のみ可能で、変更はできません。</translation>
    </message>
    <message>
        <source>Entry added; the filters hide it.</source>
        <translation>記録を追加しましたが、絞り込みの条件により表示されていません。</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>ログをエクスポート</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>ログをエクスポート</translation>
    </message>
    <message>
        <source>Exported the log of “{title}” to {path}</source>
        <translation>「{title}」のログを{path}にエクスポートしました</translation>
    </message>
    <message>
        <source>Item / speaker</source>
        <translation>項目／登壇者</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>開始（予定）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>開始（実績）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Run the session with the timer to see planned against actual.</source>
        <translation>予定と実績を比較するには、タイマーでセッションを進行してください。</translation>
    </message>
    <message>
        <source>Started on time</source>
        <translation>定刻に開始</translation>
    </message>
    <message>
        <source>Started {minutes} late</source>
        <translation>{minutes}遅れて開始</translation>
    </message>
    <message>
        <source>Started {minutes} early</source>
        <translation>{minutes}早く開始</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>予定どおり</translation>
    </message>
    <message>
        <source>{minutes} over the plan</source>
        <translation>予定より{minutes}超過</translation>
    </message>
    <message>
        <source>{minutes} under the plan</source>
        <translation>予定より{minutes}短縮</translation>
    </message>
    <message>
        <source>The agenda sets no speaking time for this speaker</source>
        <translation>アジェンダでこの登壇者の発言時間が設定されていません</translation>
    </message>
    <message>
        <source>{speaker} on “{title}”</source>
        <translation>「{title}」の{speaker}</translation>
    </message>
    <message>
        <source>{item}: planned {planned}, not timed</source>
        <translation>{item}：予定{planned}、計測なし</translation>
    </message>
    <message>
        <source>{item}: planned {planned}, actual {actual}</source>
        <translation>{item}：予定{planned}、実績{actual}</translation>
    </message>
    <message>
        <source>{item}: planned {planned}, actual {actual} ({difference})</source>
        <translation>{item}：予定{planned}、実績{actual}（{difference}）</translation>
    </message>
    <message>
        <source>Chart of planned against actual time per item</source>
        <translation>項目ごとの予定時間と実績時間のグラフ</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>計測なし</translation>
    </message>
    <message>
        <source>Over the plan</source>
        <translation>予定超過</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>予定と実績</translation>
    </message>
    <message>
        <source>Space start / pause · ← → speaker · ↑ ↓ item · + one minute more · F11 full screen · Esc leave full screen, or close</source>
        <translation>Space：開始／一時停止 · ← →：登壇者 · ↑ ↓：項目 · +：1分延長 · F11：全画面表示 · Esc：全画面表示の終了、または閉じる</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Timer — {title}</source>
        <translation>タイマー — {title}</translation>
    </message>
    <message>
        <source>Current agenda item</source>
        <translation>現在の項目</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>現在の登壇者</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>The day to run; chosen before the start</source>
        <translation>進行する日。開始前に選択します</translation>
    </message>
    <message>
        <source>The screen the timer goes full screen on (F11)</source>
        <translation>タイマーを全画面表示する画面（F11）</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面表示</translation>
    </message>
    <message>
        <source>Full screen on the chosen screen (F11; Esc leaves)</source>
        <translation>選択した画面で全画面表示（F11、Escで終了）</translation>
    </message>
    <message>
        <source>Full screen on</source>
        <translation>全画面表示する画面</translation>
    </message>
    <message>
        <source>▲ Previous item</source>
        <translation>▲ 前の項目</translation>
    </message>
    <message>
        <source>Previous item (Up, Page Up)</source>
        <translation>前の項目（Up、Page Up）</translation>
    </message>
    <message>
        <source>◀ Previous speaker</source>
        <translation>◀ 前の登壇者</translation>
    </message>
    <message>
        <source>Previous speaker (Left)</source>
        <translation>前の登壇者（Left）</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>timer button</comment>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start, pause, resume (Space)</source>
        <translation>開始、一時停止、再開（Space）</translation>
    </message>
    <message>
        <source>Next speaker ▶</source>
        <translation>次の登壇者 ▶</translation>
    </message>
    <message>
        <source>Next speaker (Right)</source>
        <translation>次の登壇者（Right）</translation>
    </message>
    <message>
        <source>Next item ▼</source>
        <translation>次の項目 ▼</translation>
    </message>
    <message>
        <source>Next item (Down, Page Down)</source>
        <translation>次の項目（Down、Page Down）</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1分</translation>
    </message>
    <message>
        <source>One minute more for the speaker, or the item (+)</source>
        <translation>登壇者または項目の時間を1分延長（+）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>End the session, after asking: the running item is recorded</source>
        <translation>確認のうえセッションを終了。進行中の項目は記録されます</translation>
    </message>
    <message>
        <source>Roundtable user guide</source>
        <translation>Roundtable ユーザーガイド</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>ガイドのページ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>Close the timer (Esc, Ctrl+W); a running item asks first</source>
        <translation>タイマーを閉じる（Esc、Ctrl+W）。項目の進行中は確認があります</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>討論</translation>
    </message>
    <message>
        <source>Ready — press Space to start</source>
        <translation>準備完了 — Spaceキーで開始</translation>
    </message>
    <message>
        <source>The session is over — its timings are in the log</source>
        <translation>セッションは終了しました — 時間の記録はログにあります</translation>
    </message>
    <message>
        <source>Paused — Space resumes</source>
        <translation>一時停止中 — Spaceキーで再開</translation>
    </message>
    <message numerus="yes">
        <source>Speaker {number} of %n, {minutes} min more</source>
        <translation>
            <numerusform>登壇者{number}/%n、{minutes}分延長</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speaker {number} of %n</source>
        <translation>
            <numerusform>登壇者{number}/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>item {over} over its {allowance}</source>
        <translation>項目：{allowance}を{over}超過</translation>
    </message>
    <message>
        <source>item {left} left of {allowance}</source>
        <translation>項目：{allowance}中、残り{left}</translation>
    </message>
    <message>
        <source>{elapsed} of {allowance}, {minutes} min more</source>
        <translation>{elapsed}／{allowance}、{minutes}分延長</translation>
    </message>
    <message>
        <source>{elapsed} of {allowance}</source>
        <translation>{elapsed}／{allowance}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>次：{name}</translation>
    </message>
    <message>
        <source>Next item: {name} (planned {time})</source>
        <translation>次の項目：{name}（予定{time}）</translation>
    </message>
    <message>
        <source>Next item: {name}</source>
        <translation>次の項目：{name}</translation>
    </message>
    <message>
        <source>Last item</source>
        <translation>最後の項目</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了しました</translation>
    </message>
    <message>
        <source>End the session now?

“{title}” is recorded as ended now; the timer cannot be started again.</source>
        <translation>今すぐセッションを終了しますか？

「{title}」は現時点で終了したものとして記録されます。タイマーを再び開始することはできません。</translation>
    </message>
    <message>
        <source>End the session now?

Everything up to the pause is in the log already; the timer cannot be started again.</source>
        <translation>今すぐセッションを終了しますか？

一時停止までの内容はすでにログに記録されています。タイマーを再び開始することはできません。</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>セッションを終了</translation>
    </message>
    <message>
        <source>Timings not recorded</source>
        <translation>時間が記録されませんでした</translation>
    </message>
    <message>
        <source>The timer goes on and tries again with the next item or speaker.</source>
        <translation>タイマーは続行し、次の項目または登壇者で再度記録を試みます。</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <source>Close the timer</source>
        <translation>タイマーを閉じる</translation>
    </message>
    <message>
        <source>“{title}” is still running.

Record it as ended now? (No closes without recording the time since the last change of item, speaker or pause.)</source>
        <translation>「{title}」はまだ進行中です。

現時点で終了したものとして記録しますか？（「いいえ」を選ぶと、最後に項目、登壇者、一時停止を切り替えてからの時間は記録されずに閉じます。）</translation>
    </message>
    <message>
        <source>Run the session</source>
        <translation>セッションを進行</translation>
    </message>
    <message>
        <source>“{title}” has no agenda to run.

Add its items in the Agenda tab first; the timer takes them one by one.</source>
        <translation>「{title}」には進行するアジェンダがありません。

先にアジェンダタブで項目を追加してください。タイマーは項目を順に進めます。</translation>
    </message>
    <message>
        <source>Recognised from the script</source>
        <translation>文字種から自動判別</translation>
    </message>
    <message>
        <source>Participant lists</source>
        <translation>参加者一覧</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <source>Click to choose which participant field this column fills</source>
        <translation>クリックして、この列を割り当てる参加者のフィールドを選択</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Own-script name</source>
        <translation>原語表記の氏名</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>照合</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>問題と注記</translation>
    </message>
    <message>
        <source>skipped (already in the event)</source>
        <translation>スキップ（イベントに参加済み）</translation>
    </message>
    <message>
        <source>existing: {name}</source>
        <translation>既存：{name}</translation>
    </message>
    <message>
        <source>possibly the same person as {name}: choose…</source>
        <translation>{name}と同一人物の可能性：選択…</translation>
    </message>
    <message numerus="yes">
        <source>possibly one of %n people: choose…</source>
        <translation>
            <numerusform>%n人のいずれかの可能性：選択…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>choose one of %n…</source>
        <translation>
            <numerusform>%n人から選択…</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>問題：{problem}</translation>
    </message>
    <message>
        <source>New person (not in the directory)</source>
        <translation>新しい人物（人物名簿に未登録）</translation>
    </message>
    <message>
        <source>The existing {person}</source>
        <translation>既存の{person}</translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation>一覧を選択</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file with one participant per row and a header row, e.g. a registration export from Indico, Eventbrite or a Google Form.</source>
        <translation>見出し行があり、1行に参加者1人を記載したCSVまたはExcel（XLSX）ファイルです（Indico、Eventbrite、Googleフォームからエクスポートした登録者一覧など）。</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>列の割り当て</translation>
    </message>
    <message>
        <source>Which participant field each column fills. Columns Roundtable recognised are filled in; click a field to change it, or choose Ignore to leave a column out.</source>
        <translation>各列をどの参加者フィールドに割り当てるかを指定します。Roundtableが認識した列は割り当て済みです。フィールドをクリックして変更するか、「無視」を選択して列を除外してください。</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の割り当て</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>テキストエンコーディング</translation>
    </message>
    <message>
        <source>How the file&apos;s letters are stored. Roundtable recognises it; if names or headers look garbled, choose another and the file is read again.</source>
        <translation>ファイル内の文字の保存形式です。Roundtableが自動で判別します。名前や見出しが文字化けしている場合は、別のものを選択するとファイルが読み込み直されます。</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>テキストエンコーディング(&amp;E):</translation>
    </message>
    <message>
        <source>How names in a single full-name column are written. Recognised: family name first for Chinese, Japanese and Korean script and for a Russian ФИО, given name first otherwise.</source>
        <translation>1つの氏名列に書かれた名前の順序です。自動判別では、中国語・日本語・韓国語の文字とロシア語のФИОは姓・名の順、それ以外は名・姓の順とみなします。</translation>
    </message>
    <message>
        <source>Where the list gives none, role:</source>
        <translation>一覧に指定がない場合の役割:</translation>
    </message>
    <message>
        <source>attendance:</source>
        <translation>出欠:</translation>
    </message>
    <message>
        <source>Full &amp;names are written:</source>
        <translation>氏名の表記順(&amp;N):</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n rows. Which participant field each column fills: recognised columns are filled in; click a field to change it, or choose Ignore to leave a column out.</source>
        <translation>
            <numerusform>{source}：%n行。各列をどの参加者フィールドに割り当てるかを指定します。認識された列は割り当て済みです。フィールドをクリックして変更するか、「無視」を選択して列を除外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>手動で選択</translation>
    </message>
    <message>
        <source>recognised from the file; choose another if the text looks garbled</source>
        <translation>ファイルから自動判別。文字化けしている場合は別のものを選択してください</translation>
    </message>
    <message>
        <source>Ignored columns: {columns}</source>
        <translation>無視する列：{columns}</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（見出しなし）</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>すべての列をインポートします。</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>インポート前の確認</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>インポートのプレビュー</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>インポートのレポート</translation>
    </message>
    <message>
        <source>Check the file &amp;again</source>
        <translation>ファイルを再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>Read the file again, e.g. after correcting it</source>
        <translation>ファイルを読み込み直す（修正後など）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>新しい人物%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the directory</source>
        <translation>
            <numerusform>人物名簿に登録済み%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>スキップ%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as {encoding}.</source>
        <translation>{encoding}として読み込みました。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>インポートの準備ができました。</translation>
    </message>
    <message numerus="yes">
        <source>%n problems to fix</source>
        <translation>
            <numerusform>修正が必要な問題：%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>highlighted below and listed in the report. Nothing is imported until every row is right: correct the file and check again, or go back and change the columns.</source>
        <translation>下で強調表示し、レポートに一覧表示しています。すべての行が正しくなるまで何もインポートされません。ファイルを修正してもう一度チェックするか、前に戻って列の割り当てを変更してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows may be people already in the directory: choose in their Match cell whether they are, or new people.</source>
        <translation>
            <numerusform>%n行は、すでに人物名簿にいる人物の可能性があります。同一人物か新しい人物かを「照合」セルで選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import participants — {title}</source>
        <translation>参加者をインポート — {title}</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Name on card</source>
        <translation>名札の表示名</translation>
    </message>
    <message>
        <source>Order of precedence: drag rows, or use Alt+Up and Alt+Down</source>
        <translation>席次：行をドラッグするか、Alt+UpとAlt+Downで並べ替え</translation>
    </message>
    <message>
        <source>Printed on the name card instead of the name; empty prints the name</source>
        <translation>名前の代わりに名札に印刷する表記。空欄の場合は名前を印刷</translation>
    </message>
    <message>
        <source>What the name card prints instead of the name, e.g. “Amb. Kozuki”; empty prints the name</source>
        <translation>名前の代わりに名札に印刷する表記（例：「上月大使」）。空欄の場合は名前を印刷</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>参加者はまだいません。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n participants&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;参加者%n人&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;By role:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;役割別：&lt;/b&gt;{counts}</translation>
    </message>
    <message>
        <source>no delegation</source>
        <translation>代表団なし</translation>
    </message>
    <message>
        <source>&lt;b&gt;By delegation:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;代表団別：&lt;/b&gt;{counts}</translation>
    </message>
    <message>
        <source>&lt;b&gt;By attendance:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;出欠別：&lt;/b&gt;{counts}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>&amp;Add from directory…</source>
        <translation>名簿から追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose people who are already in the directory</source>
        <translation>すでに人物名簿にいる人物を選択</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>新しい人物(&amp;N)…</translation>
    </message>
    <message>
        <source>Someone not yet in the directory</source>
        <translation>まだ人物名簿にいない人物</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Take the selected people off this event (Delete)</source>
        <translation>選択した人物をこのイベントから外す（Delete）</translation>
    </message>
    <message>
        <source>Earlier in the order of precedence (Alt+Up)</source>
        <translation>席次を上げる（Alt+Up）</translation>
    </message>
    <message>
        <source>Later in the order of precedence (Alt+Down)</source>
        <translation>席次を下げる（Alt+Down）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add people from a CSV or Excel list</source>
        <translation>CSVまたはExcelの一覧から人物を追加</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this list as CSV or Excel</source>
        <translation>この一覧をCSVまたはExcelで保存</translation>
    </message>
    <message>
        <source>&amp;Bios booklet…</source>
        <translation>略歴集(&amp;B)…</translation>
    </message>
    <message>
        <source>Everyone&apos;s bio and photo, to save as PDF or print</source>
        <translation>全員の略歴と写真。PDFとして保存または印刷</translation>
    </message>
    <message>
        <source>Na&amp;me cards…</source>
        <translation>名札(&amp;M)…</translation>
    </message>
    <message>
        <source>Table cards with each name; only the selected people when some are selected</source>
        <translation>各参加者の卓上名札。選択している場合は選択した人物のみ</translation>
    </message>
    <message>
        <source>At the &amp;door</source>
        <translation>受付(&amp;D)</translation>
    </message>
    <message>
        <source>Mark arrivals: type a few letters of a name, then Return (Ctrl+Shift+A)</source>
        <translation>到着を記録：名前を数文字入力してEnterキー（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Drag rows to change the order of precedence; click a role, delegation or attendance to change it.</source>
        <translation>行をドラッグすると席次を変更できます。役割、代表団、出欠をクリックすると変更できます。</translation>
    </message>
    <message>
        <source>Participant counts</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Select an event on the left to see its participants.</source>
        <translation>左側でイベントを選択すると、その参加者が表示されます。</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>参加者を追加</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>参加者を追加</translation>
    </message>
    <message>
        <source>{name} already takes part in this event.</source>
        <translation>{name}はすでにこのイベントに参加しています。</translation>
    </message>
    <message>
        <source>Remove {name} from “{event}”?

They stay in the directory, and Edit ▸ Undo puts them back with their role, delegation and place in the order.</source>
        <translation>{name}を「{event}」から外しますか？

人物名簿には残ります。「編集 ▸ 元に戻す」で、役割、代表団、席次とともに元に戻せます。</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people from “{event}”?

They stay in the directory, and Edit ▸ Undo puts them back with their role, delegation and place in the order.</source>
        <translation>
            <numerusform>これら%n人を「{event}」から外しますか？

人物名簿には残ります。「編集 ▸ 元に戻す」で、役割、代表団、席次とともに元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>参加者を削除</translation>
    </message>
    <message>
        <source>CSV for older Excel, {encoding}</source>
        <translation>古いExcel用のCSV（{encoding}）</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>参加者をインポート</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>参加者をエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participants to {path}</source>
        <translation>
            <numerusform>%n人の参加者を{path}にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participants — {event}</source>
        <translation>参加者を追加 — {event}</translation>
    </message>
    <message>
        <source>Add people</source>
        <translation>人物を追加</translation>
    </message>
    <message>
        <source>Type to find people by name (any script), affiliation, email…</source>
        <translation>名前（任意の文字）、所属、メールアドレスなどを入力して検索…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>人物を絞り込み</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>人物名簿</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>None — pick or type one</source>
        <translation>なし — 選択または入力</translation>
    </message>
    <message>
        <source>As &amp;role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>In &amp;delegation:</source>
        <translation>代表団(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>出欠(&amp;A):</translation>
    </message>
    <message numerus="yes">
        <source>Add %n people</source>
        <translation>
            <numerusform>%n人を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} in the directory and not yet in the event</source>
        <translation>
            <numerusform>名簿にいてイベントに未参加の人物：{count}人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} found</source>
        <translation>
            <numerusform>{count}人が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>same name and same email</source>
        <translation>同じ名前と同じメールアドレス</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>同じ名前</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>同じメールアドレス</translation>
    </message>
    <message>
        <source>similar</source>
        <translation>類似</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>この人物</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{name}&lt;/b&gt; may already be in the directory: these %n people have the same name (ignoring case, accents and name order) or the same email.</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt;はすでに人物名簿に登録されている可能性があります。次の%n人は、名前（大文字と小文字、アクセント記号、姓名の順を区別しない）またはメールアドレスが一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>Affiliations</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Use the person who is already there to keep one record per person, with all their events on one page. Two records of one person can also be merged later in the People view.</source>
        <translation>1人につき1件の記録にして、すべてのイベントを1ページにまとめるため、既存の人物を使用してください。同一人物の2件の記録は、後で人物ビューで統合することもできます。</translation>
    </message>
    <message>
        <source>If it is the same person, go back and cancel, then edit the existing record instead; two records of one person can also be merged later in the People view.</source>
        <translation>同一人物の場合は、戻ってキャンセルし、代わりに既存の記録を編集してください。同一人物の2件の記録は、後で人物ビューで統合することもできます。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>このまま保存</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>このまま追加</translation>
    </message>
    <message>
        <source>&amp;Use the existing person</source>
        <translation>既存の人物を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>person {number}</source>
        <translation>人物{number}</translation>
    </message>
    <message>
        <source>{title} ({year}) — {role}</source>
        <translation>{title}（{year}）— {role}</translation>
    </message>
    <message>
        <source>{title} ({year}, round {round}) — {role}</source>
        <translation>{title}（{year}、第{round}ラウンド）— {role}</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>人物を統合</translation>
    </message>
    <message>
        <source>These two records will become one person. Choose the record to keep; the other is folded into it and removed.</source>
        <translation>この2件の記録は1人の人物に統合されます。残す記録を選択してください。もう一方はその記録にまとめられ、削除されます。</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>{name}を残す</translation>
    </message>
    <message>
        <source>Keep record {number}</source>
        <translation>記録{number}を残す</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>略歴</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>What merging does</source>
        <translation>統合の内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kept}&lt;/b&gt; is kept. Where a field of it is empty, it is filled from {other}; their affiliations are joined.</source>
        <translation>&lt;b&gt;{kept}&lt;/b&gt;を残します。空欄の項目は{other}の内容で補われ、所属は両方のものがまとめられます。</translation>
    </message>
    <message numerus="yes">
        <source>{other}’s %n participations move to {kept}, with role, delegation and attendance.</source>
        <translation>
            <numerusform>{other}の%n件の参加記録が、役割、代表団、出欠とともに{kept}に移ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>{other} takes part in no event {kept} is not in already, so no participation moves.</source>
        <translation>{other}は、{kept}が参加していないイベントには参加していないため、移る参加記録はありません。</translation>
    </message>
    <message>
        <source>{other} takes part in no event, so no participation moves.</source>
        <translation>{other}はどのイベントにも参加していないため、移る参加記録はありません。</translation>
    </message>
    <message>
        <source>Both take part in {events}: {kept}’s part there stays.</source>
        <translation>両者とも{events}に参加しています。これらのイベントでは{kept}の参加記録が残ります。</translation>
    </message>
    <message>
        <source>{other} is then removed from the directory. Edit ▸ Undo brings it back.</source>
        <translation>その後、{other}は人物名簿から削除されます。「編集 ▸ 元に戻す」で元に戻せます。</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>{name}に統合</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>人物を編集</translation>
    </message>
    <message>
        <source>Filter by name (any script), affiliation, email, country…</source>
        <translation>名前（任意の文字）、所属、メールアドレス、国などで絞り込み…</translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count}人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} people</source>
        <translation>
            <numerusform>{total}人中{shown}人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people selected.</source>
        <translation>
            <numerusform>%n人を選択しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge them with Edit ▸ Merge people…</source>
        <translation>「編集 ▸ 人物を統合…」で統合できます</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>人物を削除</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} takes part in %n events, so they stay in the directory:

{events}

Remove them from those events first (Participants tab), or, if this is a second record of someone, merge it into the other one (Edit ▸ Merge people…): their participations move with it.</source>
        <translation>
            <numerusform>{name}は%n件のイベントに参加しているため、人物名簿から削除できません：

{events}

先にそれらのイベントから外すか（参加者タブ）、同一人物の2件目の記録であれば、もう一方の記録に統合してください（編集 ▸ 人物を統合…）。参加記録も一緒に移ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name} from the directory?

You can bring them back with Edit ▸ Undo.</source>
        <translation>{name}を人物名簿から削除しますか？

「編集 ▸ 元に戻す」で元に戻せます。</translation>
    </message>
    <message>
        <source>Select the two records of one person (Ctrl+click the second), then merge them.</source>
        <translation>同一人物の2件の記録を選択し（2件目はCtrl+クリック）、統合してください。</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新しい人物</translation>
    </message>
    <message>
        <source>Edit person — {name}</source>
        <translation>人物を編集 — {name}</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>人物(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Affiliations</source>
        <translation>所属(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Bio &amp;&amp; notes</source>
        <translation>略歴とメモ(&amp;B)</translation>
    </message>
    <message>
        <source>Add to event</source>
        <translation>イベントに追加</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>人物を追加</translation>
    </message>
    <message>
        <source>e.g. Dr, Prof., Ambassador</source>
        <translation>例：博士、教授、大使</translation>
    </message>
    <message>
        <source>e.g. Toyohisa</source>
        <translation>例：Toyohisa</translation>
    </message>
    <message>
        <source>e.g. Kozuki</source>
        <translation>例：Kozuki</translation>
    </message>
    <message>
        <source>Optional, e.g. Vadimovich</source>
        <translation>任意。例：Vadimovich</translation>
    </message>
    <message>
        <source>The father&apos;s name, as in Russian, e.g. Вадимович; optional</source>
        <translation>ロシア語の名前のような父親の名前（例：Вадимович）。任意</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>名・姓の順</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓・名の順</translation>
    </message>
    <message>
        <source>e.g. toh-yoh-HEE-sah koh-ZOO-kee</source>
        <translation>例：こうづき とよひさ</translation>
    </message>
    <message>
        <source>How the name is said, printed only on the moderator&apos;s brief; optional</source>
        <translation>名前の読み方。司会者用資料にのみ印刷（任意）</translation>
    </message>
    <message>
        <source>In its own script, e.g. 上月豊久, Андрей Кортунов</source>
        <translation>原語の文字で表記（例：上月豊久、Андрей Кортунов）</translation>
    </message>
    <message>
        <source>e.g. Japan</source>
        <translation>例：日本</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>敬称(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>名(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>姓(&amp;F):</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic:</source>
        <translation>父称(&amp;T):</translation>
    </message>
    <message>
        <source>Name &amp;order:</source>
        <translation>姓名の順(&amp;O):</translation>
    </message>
    <message>
        <source>Own-script &amp;name:</source>
        <translation>原語表記の氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Pron&amp;unciation:</source>
        <translation>読み方(&amp;U):</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>写真を選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Any image file; it is scaled down to 600 pixels and stored</source>
        <translation>任意の画像ファイル。600ピクセルに縮小して保存されます</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>写真を削除(&amp;M)</translation>
    </message>
    <message>
        <source>The photo as printed in the bios booklet</source>
        <translation>略歴集に印刷される写真</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Position, e.g. Director General</source>
        <translation>役職（例：局長）</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>追加(&amp;D)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>The first affiliation is the one shown on name cards and in lists. Double-click a position to change it.</source>
        <translation>最初の所属が名札や一覧に表示されます。役職をダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <source>A short biography, as it should appear in the bios booklet. Separate paragraphs with an empty line.</source>
        <translation>略歴集に掲載する短い略歴です。段落は空行で区切ってください。</translation>
    </message>
    <message>
        <source>Internal notes (not printed)</source>
        <translation>内部メモ（印刷されません）</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>略歴(&amp;B):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Shown as: {name}</source>
        <translation>表示名：{name}</translation>
    </message>
    <message>
        <source>Plain text: paragraphs are separated by an empty line.</source>
        <translation>プレーンテキスト：段落は空行で区切ります。</translation>
    </message>
    <message numerus="yes">
        <source>in %n paragraphs</source>
        <translation>
            <numerusform>（%n段落）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words {in_paragraphs} — long for a booklet page; about 150 words fit well</source>
        <translation>
            <numerusform>%n語{in_paragraphs} — 略歴集の1ページには長すぎます。150語程度が適切です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words {in_paragraphs}</source>
        <translation>
            <numerusform>%n語{in_paragraphs}</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>写真を選択</translation>
    </message>
    <message>
        <source>{organisation}  (new)</source>
        <translation>{organisation}（新規）</translation>
    </message>
    <message>
        <source>A person needs a given name or a family name.</source>
        <translation>人物には名または姓が必要です。</translation>
    </message>
    <message>
        <source>“{email}” does not look like an email address.</source>
        <translation>「{email}」はメールアドレスの形式ではないようです。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Select a person on the left to see their page here. Select two to merge them.</source>
        <translation>左側で人物を選択すると、ここにその人物のページが表示されます。2人を選択すると統合できます。</translation>
    </message>
    <message>
        <source>Patronymic: {patronymic}</source>
        <translation>父称：{patronymic}</translation>
    </message>
    <message>
        <source>No bio yet.</source>
        <translation>略歴はまだありません。</translation>
    </message>
    <message>
        <source>Double-click to show this event</source>
        <translation>ダブルクリックでこのイベントを表示</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Events of this person</source>
        <translation>この人物のイベント</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt; ({count}) — double-click one to show it</source>
        <translation>&lt;b&gt;イベント&lt;/b&gt;（{count}）— ダブルクリックで表示</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;: none yet</source>
        <translation>&lt;b&gt;イベント&lt;/b&gt;：まだありません</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>the file {file} cannot be read as an image ({reason})</source>
        <translation>ファイル{file}を画像として読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>画像が空です</translation>
    </message>
    <message>
        <source>the image could not be converted to {format}</source>
        <translation>画像を{format}に変換できませんでした</translation>
    </message>
    <message>
        <source>Everyone taking part, by role, one line each, after the programme. Leave it out to keep the programme to fewer pages.</source>
        <translation>プログラムの後に、参加者全員を役割別に1人1行で掲載します。プログラムのページ数を抑えたい場合は含めないでください。</translation>
    </message>
    <message>
        <source>Participants by &amp;role</source>
        <translation>役割別の参加者(&amp;R)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>This event has no participants yet, so the booklet would be empty.</source>
        <translation>このイベントにはまだ参加者がいないため、略歴集は空になります。</translation>
    </message>
    <message>
        <source>This event has no minutes yet: write them on the Log tab&apos;s Minutes page (Log ▸ Minutes).</source>
        <translation>このイベントにはまだ議事録がありません。ログタブの議事録ページ（ログ ▸ 議事録）で作成してください。</translation>
    </message>
    <message>
        <source>Each speaker is printed as a description (“a Japanese participant”, “the moderator”) and the attendance as counts, as the Chatham House Rule asks.</source>
        <translation>チャタムハウス・ルールに従い、発言者は説明（「日本の参加者」「モデレーター」など）で、出席者は人数で印刷されます。</translation>
    </message>
    <message>
        <source>This event was held off the record: its minutes are not meant to leave the room. Save or print them anyway?</source>
        <translation>このイベントはオフレコで開催されました。議事録は外部に出さない前提です。それでも保存または印刷しますか？</translation>
    </message>
    <message>
        <source>Check at least one part of the log to print.</source>
        <translation>印刷するログの項目を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Markdown, for a wiki or a text editor (*.md)</source>
        <translation>Markdown（Wikiやテキストエディター用） (*.md)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Minutes (none written yet)</source>
        <translation>議事録（未作成）</translation>
    </message>
    <message>
        <source>Non-attributed: speakers by role, not by name</source>
        <translation>発言者を特定しない：名前ではなく役割で表記</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>発言の扱い</translation>
    </message>
    <message>
        <source>• {where}: {excerpt}</source>
        <translation>• {where}：{excerpt}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>These texts still name a participant; rephrase them on the Log tab, or go on and keep them as they are:</source>
        <translation>以下のテキストにはまだ参加者の名前が含まれています。ログタブで書き換えるか、このまま続行してください：</translation>
    </message>
    <message>
        <source>This event has no seating plan yet: make one on the Seating tab.</source>
        <translation>このイベントにはまだ座席表がありません。座席タブで作成してください。</translation>
    </message>
    <message>
        <source>The cards follow this plan&apos;s seats when they are ordered by seat.</source>
        <translation>席順で並べる場合、名札はこの座席表の席に従います。</translation>
    </message>
    <message>
        <source>Only the order by seat follows a seating plan.</source>
        <translation>座席表に従うのは席順の並べ方のみです。</translation>
    </message>
    <message>
        <source>Honorific (Ambassador, Dr, Prof.)</source>
        <translation>敬称（大使、博士、教授）</translation>
    </message>
    <message>
        <source>Family name in capitals</source>
        <translation>姓を大文字で表記</translation>
    </message>
    <message>
        <source>Andrey KORTUNOV, KOZUKI Toyohisa: tells a reader from another culture which name is the family name</source>
        <translation>Andrey KORTUNOV、KOZUKI Toyohisa：異なる文化圏の読み手にもどれが姓かがわかります</translation>
    </message>
    <message>
        <source>Name in the person&apos;s own script</source>
        <translation>原語表記の氏名</translation>
    </message>
    <message>
        <source>Андрей Кортунов, 上月豊久 on its own line under the name</source>
        <translation>Андрей Кортунов、上月豊久などを名前の下の行に表示</translation>
    </message>
    <message>
        <source>Position with the affiliation</source>
        <translation>役職と所属</translation>
    </message>
    <message>
        <source>Delegation (or country)</source>
        <translation>代表団（または国）</translation>
    </message>
    <message>
        <source>The delegation, or the person&apos;s country when they have none</source>
        <translation>代表団。代表団がない場合はその人物の国</translation>
    </message>
    <message>
        <source>Event&apos;s short title at the foot</source>
        <translation>下部にイベントの短縮タイトル</translation>
    </message>
    <message>
        <source>One name size for the whole set</source>
        <translation>すべての名札で名前の文字サイズを統一</translation>
    </message>
    <message>
        <source>The names all print in the size the longest of them fits; the few longer names wrap onto more lines. Off: each name as large as its card allows</source>
        <translation>すべての名前を、最も長い名前が収まる文字サイズで印刷（ごく一部の特に長い名前は複数行に折り返し）。オフ：各名前を名札に収まる最大のサイズで印刷</translation>
    </message>
    <message>
        <source>Dashed fold line</source>
        <translation>折り線（破線）</translation>
    </message>
    <message>
        <source>Cut marks between cards</source>
        <translation>名札の間のトンボ</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Sheet layout</source>
        <translation>用紙のレイアウト</translation>
    </message>
    <message>
        <source>Who gets a card</source>
        <translation>名札を作成する人物</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected in the Participants tab</source>
        <translation>
            <numerusform>参加者タブで選択した%n人のみ</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the person selected in the Participants tab</source>
        <translation>参加者タブで選択した人物のみ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>役割:</translation>
    </message>
    <message>
        <source>All checked: everyone, with or without a delegation. Uncheck some to print only the members of the others.</source>
        <translation>すべてチェック：代表団の有無にかかわらず全員。チェックを外すと、残りの代表団のメンバーのみを印刷します。</translation>
    </message>
    <message>
        <source>Delegations:</source>
        <translation>代表団:</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>出欠:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>並び順</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>座席表</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>並び順:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>座席表:</translation>
    </message>
    <message>
        <source>On each card</source>
        <translation>名札の記載内容</translation>
    </message>
    <message>
        <source>This layout prints one card per sheet: there is nothing to cut</source>
        <translation>このレイアウトでは1枚の用紙に名札を1枚印刷するため、裁断は不要です</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>名札%n枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cards} on %n sheets</source>
        <translation>
            <numerusform>{cards}、用紙%n枚</numerusform>
        </translation>
    </message>
    <message>
        <source>This event has no participants yet: add them in the Participants tab.</source>
        <translation>このイベントにはまだ参加者がいません。参加者タブで追加してください。</translation>
    </message>
    <message>
        <source>Check at least one attendance status.</source>
        <translation>出欠の状態を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Check at least one role.</source>
        <translation>役割を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Check at least one delegation.</source>
        <translation>代表団を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>No participant matches these choices.</source>
        <translation>この条件に一致する参加者はいません。</translation>
    </message>
    <message>
        <source>Set for the venue’s country. The paper you pick is remembered.</source>
        <translation>会場の国に合わせて設定されます。選択した用紙は記憶されます。</translation>
    </message>
    <message>
        <source>A3 (for big plans)</source>
        <translation>A3（大きな座席表向け）</translation>
    </message>
    <message>
        <source>Tabloid (for big plans)</source>
        <translation>タブロイド（大きな座席表向け）</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{page}/{count}ページ</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ページに合わせる</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>縮小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>拡大（Ctrl++）</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <source>Making the pages…</source>
        <translation>ページを作成しています…</translation>
    </message>
    <message>
        <source>Progress of the preview</source>
        <translation>プレビューの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop making the preview</source>
        <translation>プレビューの作成を中止</translation>
    </message>
    <message>
        <source>Preview message</source>
        <translation>プレビューのメッセージ</translation>
    </message>
    <message>
        <source>The preview file cannot be read ({error}).</source>
        <translation>プレビューファイルを読み込めません（{error}）。</translation>
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
        <translation>{paper}（横）</translation>
    </message>
    <message>
        <source>{paper} portrait</source>
        <translation>{paper}（縦）</translation>
    </message>
    <message>
        <source>{width} × {height} mm</source>
        <translation>{width}×{height}mm</translation>
    </message>
    <message>
        <source>cannot read {path} to print it ({error})</source>
        <translation>印刷する{path}を読み込めません（{error}）</translation>
    </message>
    <message>
        <source>there is no page to print in {path} in that range</source>
        <translation>{path}には指定した範囲に印刷するページがありません</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is connected</source>
        <translation>プリンターを起動できませんでした。接続されているか確認してください</translation>
    </message>
    <message>
        <source>The pages could not be made because of an internal error ({error}).</source>
        <translation>内部エラーのため、ページを作成できませんでした（{error}）。</translation>
    </message>
    <message>
        <source>Wait for the preview: what is saved or printed is what the preview shows.</source>
        <translation>プレビューの完了をお待ちください。保存または印刷されるのはプレビューの内容です。</translation>
    </message>
    <message>
        <source>There is nothing to print with these options; the preview says why.</source>
        <translation>この設定では印刷するものがありません。理由はプレビューに表示されています。</translation>
    </message>
    <message>
        <source>The preview was stopped; make it again to save or print.</source>
        <translation>プレビューは中止されました。保存または印刷するには、もう一度作成してください。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Print — {event}</source>
        <translation>印刷 — {event}</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>印刷する内容</translation>
    </message>
    <message>
        <source>Pr&amp;int:</source>
        <translation>印刷対象(&amp;I):</translation>
    </message>
    <message>
        <source>Print status</source>
        <translation>印刷の状態</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文書の言語</translation>
    </message>
    <message>
        <source>The language the document is written in: its words and its dates. The program&apos;s windows keep their own.</source>
        <translation>文書を記述する言語（文言と日付）です。プログラムのウィンドウの言語は変わりません。</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>印刷するものがありません</translation>
    </message>
    <message>
        <source>The {document} cannot be made</source>
        <translation>{document}を作成できません</translation>
    </message>
    <message>
        <source>The preview cannot be made</source>
        <translation>プレビューを作成できません</translation>
    </message>
    <message>
        <source>There is no temporary folder for it: {reason}.</source>
        <translation>一時フォルダーがありません：{reason}。</translation>
    </message>
    <message>
        <source>Making the {document}…</source>
        <translation>{document}を作成しています…</translation>
    </message>
    <message>
        <source>The preview cannot be shown</source>
        <translation>プレビューを表示できません</translation>
    </message>
    <message>
        <source>The {document} could not be made</source>
        <translation>{document}を作成できませんでした</translation>
    </message>
    <message>
        <source>Change an option to try again.</source>
        <translation>設定を変更して再度お試しください。</translation>
    </message>
    <message>
        <source>The preview was stopped</source>
        <translation>プレビューは中止されました</translation>
    </message>
    <message>
        <source>Nothing is saved or printed until the pages are made.</source>
        <translation>ページが作成されるまで、保存や印刷はできません。</translation>
    </message>
    <message>
        <source>&amp;Make the preview</source>
        <translation>プレビューを作成(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n pages · {paper}</source>
        <translation>
            <numerusform>%nページ · {paper}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save these pages as a PDF file (Ctrl+S)</source>
        <translation>これらのページをPDFファイルとして保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Print these pages (Ctrl+P)</source>
        <translation>これらのページを印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>{document}: {done}</source>
        <translation>{document}：{done}</translation>
    </message>
    <message>
        <source>Save the {document}</source>
        <translation>{document}を保存</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>saved to {path}</source>
        <translation>{path}に保存しました</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>ページをプリンターに送信しています…</translation>
    </message>
    <message>
        <source>printing was cancelled</source>
        <translation>印刷はキャンセルされました</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>プリンター</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to {printer}</source>
        <translation>
            <numerusform>%nページを{printer}に送信しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n plans</source>
        <translation>
            <numerusform>全%n件の座席表</numerusform>
        </translation>
    </message>
    <message>
        <source>No plans</source>
        <translation>座席表なし</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>座席表</translation>
    </message>
    <message>
        <source>No particular day</source>
        <translation>特定の日なし</translation>
    </message>
    <message>
        <source>Edit seating plan</source>
        <translation>座席表を編集</translation>
    </message>
    <message>
        <source>New seating plan</source>
        <translation>新しい座席表</translation>
    </message>
    <message>
        <source>e.g. Main table, Day 2 dinner</source>
        <translation>例：メインテーブル、2日目の夕食会</translation>
    </message>
    <message>
        <source>Shared out evenly</source>
        <translation>均等に配分</translation>
    </message>
    <message>
        <source>As many as needed</source>
        <translation>必要なだけ</translation>
    </message>
    <message>
        <source>The event has no programme days (see its Agenda tab)</source>
        <translation>イベントに日程がありません（アジェンダタブを参照）</translation>
    </message>
    <message>
        <source>Table &amp;shape:</source>
        <translation>テーブルの形(&amp;S):</translation>
    </message>
    <message>
        <source>Number of s&amp;eats:</source>
        <translation>席数(&amp;E):</translation>
    </message>
    <message>
        <source>Seats per si&amp;de:</source>
        <translation>1辺あたりの席数(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>列数(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Head seat:</source>
        <translation>上座の席(&amp;H):</translation>
    </message>
    <message>
        <source>Main table</source>
        <translation>メインテーブル</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>テーブル{number}</translation>
    </message>
    <message>
        <source>Seats per &amp;row:</source>
        <translation>1列あたりの席数(&amp;R):</translation>
    </message>
    <message>
        <source>A round table shares its seats all round</source>
        <translation>円形のテーブルでは席が周囲に均等に並びます</translation>
    </message>
    <message>
        <source>All of this table&apos;s seats are on its one side</source>
        <translation>このテーブルの席はすべて片側に並びます</translation>
    </message>
    <message>
        <source>Only classroom layouts have rows</source>
        <translation>列があるのはスクール形式のみです</translation>
    </message>
    <message>
        <source>Seat {number} is where the head usually sits at this table.</source>
        <translation>このテーブルでは通常、{number}番席が上座です。</translation>
    </message>
    <message>
        <source>The plan needs a name.</source>
        <translation>座席表には名前が必要です。</translation>
    </message>
    <message>
        <source>This event already has a plan called “{name}”.</source>
        <translation>このイベントには「{name}」という座席表がすでにあります。</translation>
    </message>
    <message>
        <source>Auto-seat “{plan}”</source>
        <translation>「{plan}」を自動配席</translation>
    </message>
    <message>
        <source>Fills the plan&apos;s seats from the participants by these rules. Locked seats keep whoever is in them, labelled seats stay free for their purpose, and people who declined are left out. Everyone else&apos;s seat may change (Edit ▸ Undo puts them back).</source>
        <translation>これらのルールに従って、参加者を座席表の席に配置します。固定された席の人はそのまま残り、ラベル付きの席はその用途のために空けておかれ、辞退した人は除外されます。それ以外の人の席は変わる可能性があります（「編集 ▸ 元に戻す」で元に戻せます）。</translation>
    </message>
    <message>
        <source>&amp;Moderator or chair at the head</source>
        <translation>モデレーターまたは議長を上座に(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Host at the head&apos;s right, guest of honour at its left</source>
        <translation>主催者を上座の右に、主賓を左に(&amp;H)</translation>
    </message>
    <message>
        <source>By precedence: {name}</source>
        <translation>席次順：{name}</translation>
    </message>
    <message>
        <source>By precedence: nobody</source>
        <translation>席次順：該当者なし</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Who sits at the head&apos;s left. Unless you choose someone (or nobody), it is the first by precedence who is not the host, moderator or chair.</source>
        <translation>上座の左に座る人物です。特定の人物（または「なし」）を選ばない場合は、主催者、モデレーター、議長を除いて席次が最も高い人物になります。</translation>
    </message>
    <message>
        <source>This event has fewer than two delegations</source>
        <translation>このイベントの代表団は2つ未満です</translation>
    </message>
    <message>
        <source>Alternate: each delegate sits beside members of the other delegations. Facing: the two leading delegations sit across the table from each other.</source>
        <translation>交互：各代表団員が他の代表団のメンバーの隣に座ります。向かい合わせ：主要な2つの代表団がテーブルを挟んで向かい合って座ります。</translation>
    </message>
    <message>
        <source>By &amp;precedence, alternating right and left of the head</source>
        <translation>席次順に、上座の右と左へ交互に配置(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep the plan&apos;s pair rules (%n rules)</source>
        <translation>
            <numerusform>座席表のペアルールを守る（%n件）(&amp;K)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the plan&apos;s pair rules (it has none yet)</source>
        <translation>座席表のペアルールを守る（まだありません）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Guest of honour:</source>
        <translation>主賓(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Delegations:</source>
        <translation>代表団(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Seat everyone</source>
        <translation>全員を配席(&amp;S)</translation>
    </message>
    <message>
        <source>Nobody is seated as guest of honour: that seat goes by precedence.</source>
        <translation>主賓として配席される人はいません。その席は席次順で決まります。</translation>
    </message>
    <message>
        <source>{name} is the guest of honour, as you choose.</source>
        <translation>指定どおり、{name}が主賓です。</translation>
    </message>
    <message>
        <source>{name} is the first by precedence who is not the host, moderator or chair; choose someone else, or nobody, here.</source>
        <translation>{name}は、主催者、モデレーター、議長を除いて席次が最も高い人物です。ここで別の人物または「なし」を選択できます。</translation>
    </message>
    <message>
        <source>Nobody qualifies: everyone left is the host, moderator or chair.</source>
        <translation>該当者がいません。残っているのは全員、主催者、モデレーター、議長です。</translation>
    </message>
    <message>
        <source>New pair rule</source>
        <translation>新しいペアルール</translation>
    </message>
    <message>
        <source>Keep them &amp;together (side by side)</source>
        <translation>隣に座らせる(&amp;T)</translation>
    </message>
    <message>
        <source>Keep them &amp;apart (not side by side)</source>
        <translation>離して座らせる（隣にしない）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;First person:</source>
        <translation>1人目(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Second person:</source>
        <translation>2人目(&amp;S):</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>異なる2人を選択してください。</translation>
    </message>
    <message>
        <source>Label seat {number}</source>
        <translation>{number}番席にラベルを設定</translation>
    </message>
    <message>
        <source>Keep this seat for (e.g. Press, Interpreter); leave empty for a participant&apos;s seat:</source>
        <translation>この席を確保する用途（例：報道、通訳）。参加者用の席にする場合は空欄:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: every rule kept.</source>
        <translation>&lt;b&gt;スコア{score}&lt;/b&gt;：すべてのルールを満たしています。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: %n rules broken (0 is best).</source>
        <translation>
            <numerusform>&lt;b&gt;スコア{score}&lt;/b&gt;：%n件のルール違反（0が最良）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat {number}</source>
        <translation>{number}番席</translation>
    </message>
    <message>
        <source>head of the table</source>
        <translation>上座</translation>
    </message>
    <message>
        <source>(not a participant)</source>
        <translation>（参加者以外）</translation>
    </message>
    <message>
        <source>kept for: {label}</source>
        <translation>用途：{label}</translation>
    </message>
    <message>
        <source>locked</source>
        <comment>seat</comment>
        <translation>固定</translation>
    </message>
    <message>
        <source>head seat</source>
        <translation>上座の席</translation>
    </message>
    <message>
        <source>padlock: locked</source>
        <translation>南京錠：固定</translation>
    </message>
    <message>
        <source>dashed circle: empty</source>
        <translation>破線の円：空席</translation>
    </message>
    <message>
        <source>Guest of honour by precedence: {name} (choose another in Auto-seat…)</source>
        <translation>席次による主賓：{name}（「自動配席…」で変更できます）</translation>
    </message>
    <message>
        <source>Guest of honour: {name}</source>
        <translation>主賓：{name}</translation>
    </message>
    <message numerus="yes">
        <source>%n seats taken</source>
        <translation>
            <numerusform>%n席に配席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats taken, nobody moved</source>
        <translation>
            <numerusform>%n席に配席（移動なし）</numerusform>
        </translation>
    </message>
    <message>
        <source>every rule kept</source>
        <translation>すべてのルールを満たしています</translation>
    </message>
    <message numerus="yes">
        <source>%n rules broken, listed under Rules broken</source>
        <translation>
            <numerusform>%n件のルール違反（「ルール違反」に一覧表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-seated “{plan}”: {seats}; score {score}, {rules}.</source>
        <translation>「{plan}」を自動配席しました：{seats}。スコア{score}、{rules}。</translation>
    </message>
    <message>
        <source>{auto_seated} {guest_of_honour}.</source>
        <translation>{auto_seated}{guest_of_honour}。</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>上座</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主催者</translation>
    </message>
    <message>
        <source>Guest of honour</source>
        <translation>主賓</translation>
    </message>
    <message>
        <source>Keep together</source>
        <translation>隣に座らせる</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>離して座らせる</translation>
    </message>
    <message>
        <source>No seat</source>
        <translation>席なし</translation>
    </message>
    <message>
        <source>Delegation side</source>
        <translation>代表団の配置</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>席次</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Not a participant</source>
        <translation>参加者以外</translation>
    </message>
    <message>
        <source>Two seats</source>
        <translation>2つの席</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no seats</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>{rule} · costs {penalty} · seats {seats}</source>
        <translation>{rule} · ペナルティ{penalty} · 席{seats}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>不明な人物</translation>
    </message>
    <message>
        <source>Keep {first} and {second} together</source>
        <translation>{first}と{second}を隣に座らせる</translation>
    </message>
    <message>
        <source>Keep {first} and {second} apart</source>
        <translation>{first}と{second}を離して座らせる</translation>
    </message>
    <message>
        <source>No seating plan yet</source>
        <translation>座席表はまだありません</translation>
    </message>
    <message>
        <source>A seating plan sets out the tables — round, boardroom, U-shape, classroom rows and more — and who sits where. Create one, then drag people onto the seats or let auto seating place them by precedence, role and delegation.</source>
        <translation>座席表では、テーブル（円形、ボードルーム型、コの字型、スクール形式など）と、誰がどこに座るかを決めます。座席表を作成したら、人物を席にドラッグするか、自動配席で席次、役割、代表団に基づいて配置します。</translation>
    </message>
    <message>
        <source>&amp;New seating plan…</source>
        <translation>新しい座席表(&amp;N)…</translation>
    </message>
    <message>
        <source>Add this event&apos;s first plan</source>
        <translation>このイベントの最初の座席表を追加</translation>
    </message>
    <message>
        <source>Un&amp;seated</source>
        <translation>未配席(&amp;S)</translation>
    </message>
    <message>
        <source>Unseated participants</source>
        <translation>未配席の参加者</translation>
    </message>
    <message>
        <source>Seat at selected seat</source>
        <translation>選択した席に配席</translation>
    </message>
    <message>
        <source>The selected person (Return)</source>
        <translation>選択した人物（Return）</translation>
    </message>
    <message>
        <source>Rules bro&amp;ken</source>
        <translation>ルール違反(&amp;K)</translation>
    </message>
    <message>
        <source>Rules the plan breaks</source>
        <translation>座席表が満たしていないルール</translation>
    </message>
    <message>
        <source>Select a line to ring its seats in red.</source>
        <translation>行を選択すると、該当する席が赤で囲まれます。</translation>
    </message>
    <message>
        <source>Keep to&amp;gether or apart</source>
        <translation>隣に／離して座らせる(&amp;G)</translation>
    </message>
    <message>
        <source>Pair rules</source>
        <translation>ペアルール</translation>
    </message>
    <message>
        <source>Add &amp;rule…</source>
        <translation>ルールを追加(&amp;R)…</translation>
    </message>
    <message>
        <source>Two people who must, or must not, sit side by side</source>
        <translation>隣に座らせる、または離して座らせる2人</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>ルールを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected rule (Delete)</source>
        <translation>選択したルールを削除（Delete）</translation>
    </message>
    <message>
        <source>Seat {number} is locked; unlock it to move who sits there.</source>
        <translation>{number}番席は固定されています。座っている人を移動するには固定を解除してください。</translation>
    </message>
    <message>
        <source>Front of the room</source>
        <translation>部屋の前方</translation>
    </message>
    <message>
        <source>Select a seat in the drawing first (click it, or use the arrow keys)</source>
        <translation>先に図で席を選択してください（クリックするか矢印キーを使用）</translation>
    </message>
    <message>
        <source>This window is read-only</source>
        <translation>このウィンドウは読み取り専用です</translation>
    </message>
    <message>
        <source>Create a seating plan first</source>
        <translation>先に座席表を作成してください</translation>
    </message>
    <message>
        <source>Select an event first</source>
        <translation>先にイベントを選択してください</translation>
    </message>
    <message>
        <source>Seat {number} is locked; unlock it first</source>
        <translation>{number}番席は固定されています。先に固定を解除してください</translation>
    </message>
    <message>
        <source>Seat {number} is empty</source>
        <translation>{number}番席は空席です</translation>
    </message>
    <message>
        <source>Select someone in the Unseated list first</source>
        <translation>先に未配席の一覧で人物を選択してください</translation>
    </message>
    <message>
        <source>Click a seat, or use the arrow keys in the drawing.</source>
        <translation>席をクリックするか、図の中で矢印キーを使用してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seat {number}&lt;/b&gt;: {name}</source>
        <translation>&lt;b&gt;{number}番席&lt;/b&gt;：{name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seat {number}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{number}番席&lt;/b&gt;</translation>
    </message>
    <message>
        <source>kept for {label}</source>
        <translation>用途：{label}</translation>
    </message>
    <message>
        <source>head</source>
        <comment>seat</comment>
        <translation>上座</translation>
    </message>
    <message>
        <source>Drag a name onto a seat, or select it and a seat and press Return.</source>
        <translation>名前を席にドラッグするか、名前と席を選択してReturnキーを押してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n declined and are not listed.</source>
        <translation>
            <numerusform>%n人は辞退したため、一覧に表示されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event on the left to see its seating plans.</source>
        <translation>左側でイベントを選択すると、その座席表が表示されます。</translation>
    </message>
    <message>
        <source>Seating plan drawing</source>
        <translation>座席表の図</translation>
    </message>
    <message>
        <source>Seating pla&amp;n:</source>
        <translation>座席表(&amp;N):</translation>
    </message>
    <message>
        <source>Ne&amp;w plan…</source>
        <translation>新しい座席表(&amp;W)…</translation>
    </message>
    <message>
        <source>Add a seating plan</source>
        <translation>座席表を追加</translation>
    </message>
    <message>
        <source>Ed&amp;it plan…</source>
        <translation>座席表を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Name, table shape, seats, head seat and day</source>
        <translation>名前、テーブルの形、席数、上座の席、日</translation>
    </message>
    <message>
        <source>De&amp;lete plan</source>
        <translation>座席表を削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete this seating plan (can be undone)</source>
        <translation>この座席表を削除（元に戻せます）</translation>
    </message>
    <message>
        <source>A&amp;uto-seat…</source>
        <translation>自動配席(&amp;U)…</translation>
    </message>
    <message>
        <source>Fill the unlocked seats by the rules you choose</source>
        <translation>固定されていない席を、選択したルールに従って埋める</translation>
    </message>
    <message>
        <source>&amp;Clear unlocked seats</source>
        <translation>固定されていない席を空ける(&amp;C)</translation>
    </message>
    <message>
        <source>Empty every seat that is not locked</source>
        <translation>固定されていないすべての席を空ける</translation>
    </message>
    <message>
        <source>Print c&amp;hart…</source>
        <translation>座席図を印刷(&amp;H)…</translation>
    </message>
    <message>
        <source>See the seating chart&apos;s pages, then save them as a PDF or print them</source>
        <translation>座席図のページを確認してから、PDFとして保存または印刷</translation>
    </message>
    <message>
        <source>Unseat</source>
        <translation>席から外す</translation>
    </message>
    <message>
        <source>Empty the seat (Delete)</source>
        <translation>席を空ける（Delete）</translation>
    </message>
    <message>
        <source>Move to seat…</source>
        <translation>席を移動…</translation>
    </message>
    <message>
        <source>Move, or swap with another seat&apos;s occupant</source>
        <translation>移動、または別の席の人と入れ替え</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Lock or unlock (Ctrl+L)</source>
        <translation>固定／固定解除（Ctrl+L）</translation>
    </message>
    <message>
        <source>Label…</source>
        <translation>ラベル…</translation>
    </message>
    <message>
        <source>Keep the seat for, e.g., the press (F2)</source>
        <translation>席を報道用などに確保（F2）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole table (Ctrl+0)</source>
        <translation>テーブル全体を表示（Ctrl+0）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit the table</source>
        <translation>テーブル全体を表示</translation>
    </message>
    <message>
        <source>Lock seat</source>
        <translation>席を固定</translation>
    </message>
    <message>
        <source>Seat selected person here</source>
        <translation>選択した人物をここに配席</translation>
    </message>
    <message>
        <source>Set label…</source>
        <translation>ラベルを設定…</translation>
    </message>
    <message>
        <source>Every unlocked seat is already empty</source>
        <translation>固定されていない席はすべて空いています</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <source>Unlock seat</source>
        <translation>席の固定を解除</translation>
    </message>
    <message>
        <source>Change label…</source>
        <translation>ラベルを変更…</translation>
    </message>
    <message>
        <source>A rule needs two participants</source>
        <translation>ルールには2人の参加者が必要です</translation>
    </message>
    <message>
        <source>Select a rule first</source>
        <translation>先にルールを選択してください</translation>
    </message>
    <message>
        <source>Un&amp;seated ({count})</source>
        <translation>未配席（{count}）(&amp;S)</translation>
    </message>
    <message>
        <source>Delete seating plan</source>
        <translation>座席表を削除</translation>
    </message>
    <message>
        <source>Delete the seating plan “{plan}” with everyone&apos;s seats in it? (Edit ▸ Undo brings it back.)</source>
        <translation>座席表「{plan}」を、配席内容とともに削除しますか？（「編集 ▸ 元に戻す」で元に戻せます。）</translation>
    </message>
    <message>
        <source>Seat {number} is locked; unlock it before seating anyone there.</source>
        <translation>{number}番席は固定されています。配席する前に固定を解除してください。</translation>
    </message>
    <message>
        <source>Select a seat in the drawing first.</source>
        <translation>先に図で席を選択してください。</translation>
    </message>
    <message>
        <source>Select someone in the Unseated list first.</source>
        <translation>先に未配席の一覧で人物を選択してください。</translation>
    </message>
    <message>
        <source>Seat {number} is locked; unlock it first.</source>
        <translation>{number}番席は固定されています。先に固定を解除してください。</translation>
    </message>
    <message>
        <source>Move to seat</source>
        <translation>席を移動</translation>
    </message>
    <message>
        <source>Move {name} to seat (1–{last}); whoever sits there takes seat {seat}:</source>
        <translation>{name}の移動先の席（1～{last}）。その席に座っている人は{seat}番席に移ります:</translation>
    </message>
    <message>
        <source>Seat {number}: {name}</source>
        <translation>{number}番席：{name}</translation>
    </message>
    <message>
        <source>Seat {name} here</source>
        <translation>{name}をここに配席</translation>
    </message>
    <message>
        <source>Clear label</source>
        <translation>ラベルを消去</translation>
    </message>
    <message>
        <source>Plan roundtables, panels and multi-day dialogues offline: events, series and rounds, hosts and partners, delegations and participants.</source>
        <translation>円卓会議、パネル、数日にわたる対話をオフラインで計画できます。イベント、シリーズとラウンド、主催と協力団体、代表団と参加者を管理します。</translation>
    </message>
    <message>
        <source>Qt {qt_version}, PySide6 {pyside_version}. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Qt {qt_version}、PySide6 {pyside_version}。GNU General Public License バージョン3以降の下でライセンスされています。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app}について</translation>
    </message>
    <message>
        <source>Roundtable could not start.

{reason}</source>
        <translation>Roundtable を起動できませんでした。

{reason}</translation>
    </message>
    <message>
        <source>Roundtable cannot open the database.

{reason}</source>
        <translation>Roundtableはデータベースを開けません。

{reason}</translation>
    </message>
    <message>
        <source>A backup with an unknown number of events was saved in the folder
{folder}
as {file}.</source>
        <translation>バックアップ（イベント数不明）をフォルダー
{folder}
に{file}として保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>A backup with %n events was saved in the folder
{folder}
as {file}.</source>
        <translation>
            <numerusform>バックアップ（イベント%n件）をフォルダー
{folder}
に{file}として保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roundtable keeps the last %n backups and one from every month; File ▸ Restore from backup lists them.</source>
        <translation>
            <numerusform>Roundtableは直近%n件のバックアップと、毎月1件ずつのバックアップを保持します。「ファイル ▸ バックアップから復元」で一覧を表示できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>{reason}

No backup was made.</source>
        <translation>{reason}

バックアップは作成されませんでした。</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>{path}にバックアップしました</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup is in {folder}</source>
        <translation>今日の自動バックアップは{folder}にあります</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

何も変更されませんでした。</translation>
    </message>
    <message>
        <source>{file} was restored from the backup {backup}.</source>
        <translation>{file}を{backup}のバックアップから復元しました。</translation>
    </message>
    <message>
        <source>The file it replaced was kept, unchanged, as:
{path}</source>
        <translation>置き換えられたファイルは、変更されずに次の名前で保存されています：
{path}</translation>
    </message>
    <message>
        <source>The database as it was before is kept too, as the backup “Before a restore” in File ▸ Restore from backup.</source>
        <translation>以前の状態のデータベースも、「ファイル ▸ バックアップから復元」にバックアップ「復元前」として保存されています。</translation>
    </message>
    <message>
        <source>Restored {file} from {backup}</source>
        <translation>{file}を{backup}から復元しました</translation>
    </message>
    <message>
        <source>Waiting for other programs writing to the database to finish before restoring…</source>
        <translation>復元の前に、データベースに書き込み中の他のプログラムの終了を待っています…</translation>
    </message>
    <message>
        <source>{reason}

Nothing was imported.</source>
        <translation>{reason}

何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Exported “{title}” to {path}</source>
        <translation>「{title}」を{path}にエクスポートしました</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>イベントはまだありません</translation>
    </message>
    <message>
        <source>Roundtable keeps your roundtables, panels and dialogues — who hosts them, who takes part, where and when — in one place on this computer.

Load the example events to look around, or create your first event.</source>
        <translation>Roundtableは、円卓会議、パネル、対話の情報（主催者、参加者、場所、日時）を、このコンピューター上の1か所で管理します。

サンプルイベントを読み込んで試すか、最初のイベントを作成してください。</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新しいイベント…</translation>
    </message>
    <message>
        <source>event {number}</source>
        <translation>イベント{number}</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>イベントを削除</translation>
    </message>
    <message>
        <source>Delete “{title}”?

Its participant list, programme days and attachments are deleted with it. You can bring it back with Edit ▸ Undo.</source>
        <translation>「{title}」を削除しますか？

参加者リスト、日程、添付ファイルも一緒に削除されます。「編集 ▸ 元に戻す」で元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>参加者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>アジェンダ(&amp;A)</translation>
    </message>
    <message>
        <source>Sea&amp;ting</source>
        <translation>座席(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Event overview</source>
        <translation>イベントの概要</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path}を保存しました</translation>
    </message>
    <message>
        <source>There are no events yet: create one (Ctrl+N) or load the examples to see its seating plans.</source>
        <translation>イベントはまだありません。イベントを作成する（Ctrl+N）か、サンプルを読み込むと、座席表が表示されます。</translation>
    </message>
    <message>
        <source>There are no events yet: create one (Ctrl+N) or load the examples to see its log.</source>
        <translation>イベントはまだありません。イベントを作成する（Ctrl+N）か、サンプルを読み込むと、ログが表示されます。</translation>
    </message>
    <message>
        <source>There are no events yet: create one (Ctrl+N) or load the examples.</source>
        <translation>イベントはまだありません。イベントを作成する（Ctrl+N）か、サンプルを読み込んでください。</translation>
    </message>
    <message>
        <source>Select an event in the list to see its seating plans.</source>
        <translation>一覧でイベントを選択すると、その座席表が表示されます。</translation>
    </message>
    <message>
        <source>Select an event in the list to see its log.</source>
        <translation>一覧でイベントを選択すると、そのログが表示されます。</translation>
    </message>
    <message>
        <source>Select an event in the list.</source>
        <translation>一覧でイベントを選択してください。</translation>
    </message>
    <message>
        <source>Filter by title, series, programme, venue, city…</source>
        <translation>タイトル、シリーズ、プログラム、会場、市区町村などで絞り込み…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>イベントを絞り込み</translation>
    </message>
    <message>
        <source>{app} — {database} (read-only)</source>
        <translation>{app} — {database}（読み取り専用）</translation>
    </message>
    <message>
        <source>Shown with changes made elsewhere</source>
        <translation>他の場所で行われた変更を反映して表示しています</translation>
    </message>
    <message>
        <source>Restore finding</source>
        <translation>指摘を戻す</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>指摘を除外</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>準備チェック</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>除外(&amp;D)</translation>
    </message>
    <message>
        <source>Not a problem for this event: list it apart</source>
        <translation>このイベントでは問題なし：別枠に表示</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>準備チェック</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>除外済み</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>イベントが選択されていません。</translation>
    </message>
    <message>
        <source>Nothing missing: the event is ready.</source>
        <translation>不足はありません。イベントの準備は整っています。</translation>
    </message>
    <message numerus="yes">
        <source>%n findings to fix before the event; the rest are worth a look.</source>
        <translation>
            <numerusform>イベント前に対応が必要な指摘が%n件あります。その他は確認をおすすめします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing blocks the event; some findings are worth a look.</source>
        <translation>イベントの妨げになる問題はありません。確認をおすすめする指摘がいくつかあります。</translation>
    </message>
    <message>
        <source>Rea&amp;diness</source>
        <translation>準備チェック(&amp;D)</translation>
    </message>
    <message>
        <source>{tab} ({count})</source>
        <translation>{tab}（{count}）</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>イベントを編集</translation>
    </message>
    <message>
        <source>Duplicate event</source>
        <translation>イベントを複製</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>ログ記録</translation>
    </message>
    <message>
        <source>Added a log entry to “{title}”</source>
        <translation>「{title}」にログ記録を追加しました</translation>
    </message>
    <message>
        <source>People directory</source>
        <translation>人物名簿</translation>
    </message>
    <message>
        <source>New log entries and changes will say they are by {name}.</source>
        <translation>新しいログ記録と変更には、記入者として{name}が記録されます。</translation>
    </message>
    <message>
        <source>New log entries and changes carry no name.</source>
        <translation>新しいログ記録と変更には名前が記録されません。</translation>
    </message>
    <message>
        <source>Roundtable will be in {language} the next time it starts. Until then it stays as it is.</source>
        <translation>次回起動時から、Roundtableは{language}で表示されます。それまでは現在の表示のままです。</translation>
    </message>
    <message>
        <source>Roundtable will follow the system&apos;s language, {language}, the next time it starts. Until then it stays as it is.</source>
        <translation>次回起動時から、Roundtableはシステムの言語（{language}）で表示されます。それまでは現在の表示のままです。</translation>
    </message>
    <message>
        <source>Another Roundtable window has this database open; opened read-only.</source>
        <translation>別のRoundtableウィンドウがこのデータベースを開いているため、読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>読み取り専用の通知</translation>
    </message>
    <message>
        <source>&lt;b&gt;{note}&lt;/b&gt; You can look at events and export them here, but not change them.</source>
        <translation>&lt;b&gt;{note}&lt;/b&gt;ここではイベントの閲覧とエクスポートはできますが、変更はできません。</translation>
    </message>
    <message>
        <source>Switch to editing</source>
        <translation>編集モードに切り替え</translation>
    </message>
    <message>
        <source>Once the other window is closed, change events in this one instead</source>
        <translation>もう一方のウィンドウを閉じたら、代わりにこのウィンドウでイベントを変更</translation>
    </message>
    <message>
        <source>The other Roundtable window still has this database open ({who}). Close it there, then try again.</source>
        <translation>別のRoundtableウィンドウがまだこのデータベースを開いています（{who}）。そちらで閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The other Roundtable window still has this database open. Close it there, then try again.</source>
        <translation>別のRoundtableウィンドウがまだこのデータベースを開いています。そちらで閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>You can change events in this window now.</source>
        <translation>このウィンドウでイベントを変更できるようになりました。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>作成理由</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>毎日（自動）</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>アップグレード前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>選択したファイル</translation>
    </message>
    <message>
        <source>made automatically that day</source>
        <translation>その日に自動作成</translation>
    </message>
    <message>
        <source>made with File ▸ Back up now</source>
        <translation>「ファイル ▸ 今すぐバックアップ」で作成</translation>
    </message>
    <message>
        <source>made before an upgrade</source>
        <translation>アップグレード前に作成</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>復元前に作成</translation>
    </message>
    <message>
        <source>today, {time}</source>
        <translation>今日 {time}</translation>
    </message>
    <message>
        <source>Today, {time}</source>
        <translation>今日 {time}</translation>
    </message>
    <message>
        <source>yesterday, {time}</source>
        <translation>昨日 {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>昨日 {time}</translation>
    </message>
    <message>
        <source>{weekday} {date}, {time}</source>
        <translation>{date}（{weekday}）{time}</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>from {when} ({how})</source>
        <translation>{when}時点（{how}）</translation>
    </message>
    <message>
        <source>from {when}</source>
        <translation>{when}時点</translation>
    </message>
    <message numerus="yes">
        <source>from {when}, with %n events ({how})</source>
        <translation>
            <numerusform>{when}時点（イベント%n件、{how}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from {when}, with %n events</source>
        <translation>
            <numerusform>{when}時点（イベント%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to put in place of {file}. The file as it is now is kept, unchanged, beside it.</source>
        <translation>{file}の代わりに使うバックアップを選択してください。現在のファイルは変更されずに、その隣に保存されます。</translation>
    </message>
    <message>
        <source>Backups of {database}, newest first. Roundtable makes one the first time the database is opened each day and one before every upgrade; File ▸ Back up now makes one at any time.</source>
        <translation>{database}のバックアップ（新しい順）。Roundtableは、毎日最初にデータベースを開いたときと、アップグレードの前にバックアップを作成します。「ファイル ▸ 今すぐバックアップ」でいつでも作成できます。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>There are no backups of {file} yet.</source>
        <translation>{file}のバックアップはまだありません。</translation>
    </message>
    <message>
        <source>Backups that cannot be read are greyed out. The damaged file itself is never changed.</source>
        <translation>読み取れないバックアップは灰色で表示されます。破損したファイル自体が変更されることはありません。</translation>
    </message>
    <message>
        <source>Restoring replaces the events in this database with the backup&apos;s. The database as it is now is backed up first, so you can go back to it; the undo history is cleared.</source>
        <translation>復元すると、このデータベースのイベントがバックアップの内容に置き換えられます。現在のデータベースは先にバックアップされるため、元の状態に戻すことができます。元に戻す履歴は消去されます。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>他のファイル…</translation>
    </message>
    <message>
        <source>Restore from a copy kept somewhere else</source>
        <translation>別の場所に保管したコピーから復元</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?

A copy of it is put in place of {database}. The file as it is now is kept, unchanged, beside it as “{file}.damaged-…”.</source>
        <translation>{backup}のバックアップを復元しますか？

そのコピーが{database}の代わりに配置されます。現在のファイルは変更されずに、その隣に「{file}.damaged-…」として保存されます。</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?

The events in {database} now are replaced by the backup&apos;s. Before that, the database as it is now is saved as a backup (“Before a restore”), so you can go back to it. The undo history is cleared.</source>
        <translation>{backup}のバックアップを復元しますか？

{database}の現在のイベントは、バックアップの内容に置き換えられます。その前に、現在のデータベースがバックアップ（「復元前」）として保存されるため、元の状態に戻すことができます。元に戻す履歴は消去されます。</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>ファイルから復元</translation>
    </message>
    <message>
        <source>Roundtable databases</source>
        <translation>Roundtableデータベース</translation>
    </message>
    <message>
        <source>That is the database itself; choose a copy of it.</source>
        <translation>それはデータベースそのものです。そのコピーを選択してください。</translation>
    </message>
    <message>
        <source>{reason}.

Choose another file.</source>
        <translation>{reason}。

別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>{day} {month}, {time}</source>
        <translation>{month}{day}日 {time}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>{time}から</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>プロセス{pid}</translation>
    </message>
    <message>
        <source>on the computer “{host}”</source>
        <translation>コンピューター「{host}」上</translation>
    </message>
    <message>
        <source>Roundtable is already open on {path} ({who}).</source>
        <translation>{path}はすでにRoundtableで開かれています（{who}）。</translation>
    </message>
    <message>
        <source>Roundtable is already open on {path}.</source>
        <translation>{path}はすでにRoundtableで開かれています。</translation>
    </message>
    <message>
        <source>Only one window at a time can change a database, so that no change gets lost. Switch to that window to work there, or open the database here to look at it without changing anything.</source>
        <translation>変更が失われないよう、データベースを変更できるのは一度に1つのウィンドウだけです。そのウィンドウに切り替えて作業するか、ここでデータベースを開いて、変更せずに閲覧してください。</translation>
    </message>
    <message>
        <source>Bring that window forward</source>
        <translation>そのウィンドウを前面に表示</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>That window could not be reached (process {pid} did not answer): it may be busy, stuck, or running on another computer. Look for it on your screen, or open the database read-only.</source>
        <translation>そのウィンドウに接続できませんでした（プロセス{pid}が応答しません）。処理中か、応答が停止しているか、別のコンピューターで実行されている可能性があります。画面上でそのウィンドウを探すか、データベースを読み取り専用で開いてください。</translation>
    </message>
    <message>
        <source>That window could not be reached (the other app did not answer): it may be busy, stuck, or running on another computer. Look for it on your screen, or open the database read-only.</source>
        <translation>そのウィンドウに接続できませんでした（もう一方のアプリが応答しません）。処理中か、応答が停止しているか、別のコンピューターで実行されている可能性があります。画面上でそのウィンドウを探すか、データベースを読み取り専用で開いてください。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes), so there is nothing in it to open. This usually happens when copying, syncing or saving it was cut off.</source>
        <translation>ファイルが空（0バイト）のため、開く内容がありません。通常、コピー、同期、保存が途中で中断された場合に起こります。</translation>
    </message>
    <message>
        <source>The file is not a Roundtable database: it holds something else, perhaps another document saved under this name.</source>
        <translation>このファイルはRoundtableのデータベースではありません。別の内容、たとえばこの名前で保存された別の文書が入っている可能性があります。</translation>
    </message>
    <message>
        <source>The file is damaged: parts of it cannot be read, so Roundtable will not work on it (that could make things worse).</source>
        <translation>ファイルが破損しています。一部を読み取れないため、Roundtableはこのファイルを扱いません（状態を悪化させるおそれがあるためです）。</translation>
    </message>
    <message>
        <source>It was saved by a newer version of Roundtable, which this version cannot read. Installing the newer version opens it with everything in it; a backup made by this version lacks what was added since.</source>
        <translation>このファイルは新しいバージョンのRoundtableで保存されており、このバージョンでは読み取れません。新しいバージョンをインストールすれば、すべての内容を含めて開くことができます。このバージョンで作成したバックアップには、それ以降に追加された内容は含まれません。</translation>
    </message>
    <message>
        <source>The file belongs to another program: it has tables Roundtable does not know. Check that this is the file you meant to open.</source>
        <translation>このファイルは別のプログラムのものです。Roundtableが認識できないテーブルが含まれています。開こうとしたファイルかどうか確認してください。</translation>
    </message>
    <message>
        <source>The file {reason}.</source>
        <translation>このファイルは{reason}。</translation>
    </message>
    <message>
        <source>Roundtable cannot open {path}</source>
        <translation>Roundtableは{path}を開けません</translation>
    </message>
    <message>
        <source>The newest good backup is {backup}.</source>
        <translation>正常な最新のバックアップは{backup}のものです。</translation>
    </message>
    <message>
        <source>Restoring it puts a copy of it in place of this file. The file as it is now is kept, unchanged, beside it as “{file}.damaged-…”.</source>
        <translation>復元すると、そのコピーがこのファイルの代わりに配置されます。現在のファイルは変更されずに、その隣に「{file}.damaged-…」として保存されます。</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}. If you have a copy elsewhere, choose it; the file as it is now is kept, unchanged.</source>
        <translation>{folder}に正常なバックアップは見つかりませんでした。別の場所にコピーがある場合は、それを選択してください。現在のファイルは変更されずに保持されます。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>このバックアップを復元</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>別のバックアップを選択…</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>バックアップを選択…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー{folder}は存在しません。</translation>
    </message>
    <message>
        <source>Create it, and a new, empty database {file} in it?

If the path was mistyped, choose Cancel: nothing will be made.</source>
        <translation>フォルダーを作成し、その中に新しい空のデータベース{file}を作成しますか？

パスの入力を間違えた場合は「キャンセル」を選択してください。何も作成されません。</translation>
    </message>
    <message>
        <source>Create folder and database</source>
        <translation>フォルダーとデータベースを作成</translation>
    </message>
    <message>
        <source>{path} was restored from the backup {backup}.</source>
        <translation>{path}を{backup}のバックアップから復元しました。</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed. Choose another backup.</source>
        <translation>{reason}

何も変更されませんでした。別のバックアップを選択してください。</translation>
    </message>
    <message>
        <source>{database} is open read-only, so it cannot be restored</source>
        <translation>{database}は読み取り専用で開かれているため、復元できません</translation>
    </message>
    <message>
        <source>the backup was restored, but {path} could not be opened again: {reason}; quit Roundtable and start it again</source>
        <translation>バックアップは復元されましたが、{path}を再度開けませんでした：{reason}。Roundtableを終了して再起動してください</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>このウィンドウで使用しているデータベース</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新しいイベント(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>イベントを作成</translation>
    </message>
    <message>
        <source>New event from &amp;announcement…</source>
        <translation>告知文からイベントを作成(&amp;A)…</translation>
    </message>
    <message>
        <source>Paste or open an event&apos;s announcement, review what was read, create the event</source>
        <translation>イベントの告知文を貼り付けるか開いて、読み取った内容を確認し、イベントを作成します</translation>
    </message>
    <message>
        <source>&amp;Import event bundle…</source>
        <translation>イベントバンドルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add an event from a .roundtable.json bundle</source>
        <translation>.roundtable.jsonバンドルからイベントを追加</translation>
    </message>
    <message>
        <source>&amp;Export event bundle…</source>
        <translation>イベントバンドルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected event with its people and organisations as one file</source>
        <translation>選択したイベントを、人物と組織を含めて1つのファイルに保存</translation>
    </message>
    <message>
        <source>See the selected event&apos;s agenda, name cards or bios booklet, then save or print them</source>
        <translation>選択したイベントのアジェンダ、名札、略歴集を確認してから、保存または印刷</translation>
    </message>
    <message>
        <source>Load e&amp;xample events</source>
        <translation>サンプルイベントを読み込む(&amp;X)</translation>
    </message>
    <message>
        <source>Add example events to look around (can be undone)</source>
        <translation>サンプルイベントを追加して試す（元に戻せます）</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>今すぐバックアップ(&amp;U)</translation>
    </message>
    <message>
        <source>Save a copy of the database in its backups folder</source>
        <translation>データベースのコピーをバックアップフォルダーに保存</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups (it is backed up first)</source>
        <translation>データベースをバックアップのいずれかで置き換え（事前にバックアップされます）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>イベントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected event (F2, or Return in the list)</source>
        <translation>選択したイベントを変更（F2、または一覧でReturn）</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Make a copy of the selected event, e.g. to plan its next round</source>
        <translation>選択したイベントのコピーを作成（次のラウンドの計画などに）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected event (can be undone)</source>
        <translation>選択したイベントを削除（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Find / filter</source>
        <translation>検索／絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>Type to narrow the events list</source>
        <translation>入力してイベント一覧を絞り込み</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>Events, with their overview and participants</source>
        <translation>イベントとその概要・参加者</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人物(&amp;P)</translation>
    </message>
    <message>
        <source>Everyone in the directory, across all events</source>
        <translation>人物名簿に登録されたすべての人物（全イベント共通）</translation>
    </message>
    <message>
        <source>&amp;Seating plans</source>
        <translation>座席表(&amp;S)</translation>
    </message>
    <message>
        <source>The selected event&apos;s seating plans: tables, seats and who sits where</source>
        <translation>選択したイベントの座席表：テーブル、席、各席に座る人物</translation>
    </message>
    <message>
        <source>Event &amp;log</source>
        <translation>イベントログ(&amp;L)</translation>
    </message>
    <message>
        <source>The selected event&apos;s journal, change history, minutes and planned against actual</source>
        <translation>選択したイベントの記録、変更履歴、議事録、予定と実績</translation>
    </message>
    <message>
        <source>Log &amp;entry…</source>
        <translation>ログ記録(&amp;E)…</translation>
    </message>
    <message>
        <source>Write an entry in the selected event&apos;s log, from wherever you are</source>
        <translation>どの画面からでも、選択したイベントのログに記録を書き込む</translation>
    </message>
    <message>
        <source>Open the moderator&apos;s timer for the selected event</source>
        <translation>選択したイベントのモデレーター用タイマーを開く</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>環境設定(&amp;F)…</translation>
    </message>
    <message>
        <source>Your name, written on log entries and changes, and the interface&apos;s language</source>
        <translation>ログ記録や変更に記される名前と、表示言語</translation>
    </message>
    <message>
        <source>Add someone to the directory</source>
        <translation>人物名簿に人物を追加</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>人物を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected person (F2, or Return in the list)</source>
        <translation>選択した人物を編集（F2、または一覧でReturn）</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>人物を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected person from the directory (can be undone)</source>
        <translation>選択した人物を人物名簿から削除（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Merge people…</source>
        <translation>人物を統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Make two records of one person into one, keeping all their events</source>
        <translation>同一人物の2件の記録を1つにまとめる（参加イベントはすべて保持）</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>ユーザーガイド(&amp;G)</translation>
    </message>
    <message>
        <source>The user guide, on the page for what you are looking at</source>
        <translation>いま表示している画面についてのユーザーガイドのページ</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>The folder of Roundtable&apos;s log files, to send with a problem report</source>
        <translation>Roundtable のログファイルのフォルダー（問題の報告に添えて送るため）</translation>
    </message>
    <message>
        <source>&amp;About Roundtable</source>
        <translation>Roundtableについて(&amp;A)</translation>
    </message>
    <message>
        <source>The selected event is shown in a moment.</source>
        <translation>選択したイベントはまもなく表示されます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Opening {database}…</source>
        <translation>{database} を開いています…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>データベースを開いています</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Type to narrow the people list</source>
        <translation>入力して人物一覧を絞り込み</translation>
    </message>
    <message>
        <source>{title} — Agenda</source>
        <translation>{title} — アジェンダ</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>アジェンダ</translation>
    </message>
    <message>
        <source>No agenda days yet.</source>
        <translation>アジェンダの日程はまだありません。</translation>
    </message>
    <message>
        <source>Unnamed participant</source>
        <translation>名前未登録の参加者</translation>
    </message>
    <message>
        <source>Times are {zone}</source>
        <translation>時刻は{zone}基準</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>項目はまだありません。</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>agenda column</comment>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>agenda column</comment>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>部屋：</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>議長：</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>登壇者：</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>登壇者：</translation>
    </message>
    <message>
        <source>No participants have been added yet.</source>
        <translation>参加者はまだ追加されていません。</translation>
    </message>
    <message>
        <source>Hosts</source>
        <comment>heading over several participants</comment>
        <translation>主催</translation>
    </message>
    <message>
        <source>Moderators</source>
        <comment>heading over several participants</comment>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>Chairs</source>
        <comment>heading over several participants</comment>
        <translation>議長</translation>
    </message>
    <message>
        <source>Opening speakers</source>
        <comment>heading over several participants</comment>
        <translation>開会の登壇者</translation>
    </message>
    <message>
        <source>Participants / panelists</source>
        <comment>heading over several participants</comment>
        <translation>参加者・パネリスト</translation>
    </message>
    <message>
        <source>Discussants</source>
        <comment>heading over several participants</comment>
        <translation>討論者</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <comment>heading over several participants</comment>
        <translation>代表団メンバー</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <comment>heading over several participants</comment>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Observers</source>
        <comment>heading over several participants</comment>
        <translation>オブザーバー</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>heading over several participants</comment>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>{title} — Participant biographies</source>
        <translation>{title} — 参加者略歴</translation>
    </message>
    <message>
        <source>Participant biographies</source>
        <translation>参加者略歴</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>参加者%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>参加者はまだいません</translation>
    </message>
    <message>
        <source>No participants have been added to this event yet.</source>
        <translation>このイベントにはまだ参加者が追加されていません。</translation>
    </message>
    <message>
        <source>{name} (continued)</source>
        <translation>{name}（続き）</translation>
    </message>
    <message>
        <source>unknown paper size {paper}; use a4 or letter</source>
        <translation>用紙サイズ{paper}は不明です。a4またはletterを指定してください</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}/{pages}ページ</translation>
    </message>
    <message>
        <source>layout failed</source>
        <translation>レイアウトに失敗しました</translation>
    </message>
    <message>
        <source>cannot lay out {file}: {reason}</source>
        <translation>{file}をレイアウトできません：{reason}</translation>
    </message>
    <message>
        <source>cannot make {file}: {reason}</source>
        <translation>{file}を作成できません：{reason}</translation>
    </message>
    <message>
        <source>Hosted by</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>Co-hosted by</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>In partnership with</source>
        <translation>協力</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>後援</translation>
    </message>
    <message>
        <source>{dates}, {times}</source>
        <translation>{dates} {times}</translation>
    </message>
    <message>
        <source>{place} time ({abbreviation})</source>
        <translation>{place}時間（{abbreviation}）</translation>
    </message>
    <message>
        <source>{series} · Round {number}</source>
        <translation>{series} · 第{number}ラウンド</translation>
    </message>
    <message>
        <source>the font {font} cannot be loaded from {folder} ({reason}); reinstall Roundtable</source>
        <translation>フォント{font}を{folder}から読み込めません（{reason}）。Roundtableを再インストールしてください</translation>
    </message>
    <message>
        <source>Each day&apos;s programme with times, speakers and their affiliations, and the participants by role.</source>
        <translation>各日の日程（時刻、登壇者とその所属）と、役割別の参加者一覧。</translation>
    </message>
    <message>
        <source>The event&apos;s minutes under its title, dates and venue, to hand out afterwards: who attended, the minutes and the record of the discussion.</source>
        <translation>イベント名・日程・会場の下に議事録をまとめた、事後配布用の資料です。出席者、議事録、討議の記録を収録します。</translation>
    </message>
    <message>
        <source>The rule of the room and house rules, the run sheet with each turn’s time and cues, who introduces whom, the speakers’ names as said with short bios, and the seating in miniature.</source>
        <translation>発言の扱いと会場のルール、各発言の時間と合図を示した進行表、紹介の担当、登壇者の名前の読み方と短い略歴、縮小した座席表を収録します。</translation>
    </message>
    <message>
        <source>The expected participants in alphabetical order by family name, each with a box to sign, then blank rows for walk-ins.</source>
        <translation>出席予定の参加者を姓のアルファベット順に並べ、それぞれに署名欄を設けたものです。最後に当日参加者用の空欄があります。</translation>
    </message>
    <message>
        <source>One page to post: the title, when and where, the speakers with their affiliations, a short description, the organisers with their logos and how to register.</source>
        <translation>掲示用の1ページ：タイトル、日時と場所、登壇者とその所属、短い説明、主催者とそのロゴ、参加登録の方法を載せます。</translation>
    </message>
    <message>
        <source>Bios booklet</source>
        <translation>略歴集</translation>
    </message>
    <message>
        <source>A cover, then each participant by role and precedence with photo, names in both scripts, affiliations and bio.</source>
        <translation>表紙に続けて、各参加者を役割と席次の順に、写真、両方の表記の氏名、所属、略歴とともに掲載。</translation>
    </message>
    <message>
        <source>The minutes, the journal by day with every entry&apos;s earlier texts, planned against actual time for each item and speaker (a table and a chart), and the change history.</source>
        <translation>議事録、日ごとの記録（各記録の以前のテキストを含む）、項目・登壇者ごとの予定と実績の時間（表とグラフ）、変更履歴。</translation>
    </message>
    <message>
        <source>Name cards</source>
        <translation>名札</translation>
    </message>
    <message>
        <source>Folded tent cards: the name on both halves, the upper half upside down so that both sides read upright once folded.</source>
        <translation>二つ折りの卓上名札。両面に名前を印刷し、上半分を上下逆にするため、折ると両側とも正しい向きで読めます。</translation>
    </message>
    <message>
        <source>Seating chart</source>
        <translation>座席表</translation>
    </message>
    <message>
        <source>Each plan&apos;s table drawn to scale with every seat&apos;s name and own-script name, then a list of the seats with delegations, affiliations and roles.</source>
        <translation>各座席表のテーブルを縮尺どおりに描き、各席の氏名と原語表記の氏名を記載。続いて代表団、所属、役割付きの席一覧。</translation>
    </message>
    <message>
        <source>Untitled item</source>
        <translation>無題の項目</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人物：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>記入者：</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Earlier text, replaced {moment} by {author}:</source>
        <translation>以前のテキスト（{moment}に{author}が置き換え）：</translation>
    </message>
    <message>
        <source>Earlier text, replaced {moment}:</source>
        <translation>以前のテキスト（{moment}に置き換え）：</translation>
    </message>
    <message>
        <source>Record of the discussion</source>
        <translation>討議の記録</translation>
    </message>
    <message>
        <source>No minutes have been written yet.</source>
        <translation>議事録はまだ作成されていません。</translation>
    </message>
    <message>
        <source>Held under the Chatham House Rule: no speaker is named; each is described by their role, delegation or kind of affiliation.</source>
        <translation>チャタムハウス・ルールのもとで開催されました。発言者の名前は記さず、各発言者を役割、代表団または所属の種類で表しています。</translation>
    </message>
    <message>
        <source>{title} — {document}</source>
        <translation>{title} — {document}</translation>
    </message>
    <message>
        <source>unknown layout {layout}; use {layouts}</source>
        <translation>レイアウト{layout}は不明です。{layouts}のいずれかを指定してください</translation>
    </message>
    <message>
        <source>cut marks: the {layout} layout prints one card per sheet, which needs no cutting</source>
        <translation>トンボ：{layout}レイアウトは用紙1枚に名札を1枚印刷するため、裁断は不要です</translation>
    </message>
    <message>
        <source>no participant matches the selection: there are no name cards to make</source>
        <translation>選択条件に一致する参加者がいないため、作成する名札がありません</translation>
    </message>
    <message>
        <source>Name cards: {title}</source>
        <translation>名札：{title}</translation>
    </message>
    <message>
        <source>{metres} m</source>
        <translation>{metres} m</translation>
    </message>
    <message>
        <source>Head seat</source>
        <translation>上座</translation>
    </message>
    <message>
        <source>Locked seat</source>
        <translation>ロックされた席</translation>
    </message>
    <message>
        <source>Reserved seat</source>
        <translation>予約席</translation>
    </message>
    <message>
        <source>Too little room to print the name at seat {seat}: see the seat list.</source>
        <translation>席{seat}には名前を印刷する余白がありません。席一覧をご覧ください。</translation>
    </message>
    <message>
        <source>{seats} and {last}</source>
        <translation>{seats}と{last}</translation>
    </message>
    <message>
        <source>Too little room to print the names at seats {seats}: see the seat list.</source>
        <translation>席{seats}には名前を印刷する余白がありません。席一覧をご覧ください。</translation>
    </message>
    <message numerus="yes">
        <source>Too little room to print %n of the names here: see the seat list.</source>
        <translation>
            <numerusform>%n人分の名前はここに印刷する余白がありません。席一覧をご覧ください。</numerusform>
        </translation>
    </message>
    <message>
        <source>head: seat {seat}</source>
        <translation>上座：席{seat}</translation>
    </message>
    <message>
        <source>unknown paper size {paper}; use a4, letter, a3 or tabloid</source>
        <translation>用紙サイズ{paper}は不明です。a4、letter、a3、tabloidのいずれかを指定してください</translation>
    </message>
    <message>
        <source>{title} — Seating chart</source>
        <translation>{title} — 座席表</translation>
    </message>
    <message>
        <source>Scale 1:{denominator}</source>
        <translation>縮尺 1:{denominator}</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>席</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>原語表記</translation>
    </message>
    <message>
        <source>Seat list · {plan}</source>
        <translation>席一覧 · {plan}</translation>
    </message>
    <message>
        <source>head</source>
        <comment>the head seat</comment>
        <translation>上座</translation>
    </message>
    <message>
        <source>locked</source>
        <comment>a locked seat</comment>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Reserved: {label}</source>
        <translation>予約席：{label}</translation>
    </message>
    <message>
        <source>Kept empty</source>
        <translation>空席</translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n seats taken.</source>
        <translation>
            <numerusform>%n席中{taken}席が埋まっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not seated: {names}.</source>
        <translation>未配席：{names}。</translation>
    </message>
    <message numerus="yes">
        <source>{time} (+%n days)</source>
        <translation>
            <numerusform>{time}（+%n日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{time} (-%n days)</source>
        <translation>
            <numerusform>{time}（-%n日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>The slot start</source>
        <translation>時間枠の開始</translation>
    </message>
    <message>
        <source>The day&apos;s default start</source>
        <translation>その日の既定の開始時刻</translation>
    </message>
    <message>
        <source>The slot end</source>
        <translation>時間枠の終了</translation>
    </message>
    <message>
        <source>The day&apos;s slot starts at {time} but has no end, so overrun and unused time are not checked.</source>
        <translation>その日の時間枠は{time}に始まりますが、終了時刻がないため、超過や余り時間は確認されません。</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” at {time} leaves a %n-minute gap after “{previous}”.</source>
        <translation>
            <numerusform>{time}開始の「{title}」と、その前の「{previous}」の間に%n分の空きがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{previous}” overlaps the anchored “{title}” ({time}) by %n minutes.</source>
        <translation>
            <numerusform>「{previous}」が、固定時刻の「{title}」（{time}）と%n分重なっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” has no duration.</source>
        <translation>「{title}」に所要時間がありません。</translation>
    </message>
    <message>
        <source>“{day}” has no slot end to fit to; set when its slot ends first.</source>
        <translation>「{day}」には合わせる先の時間枠の終了時刻がありません。先に時間枠の終了時刻を設定してください。</translation>
    </message>
    <message>
        <source>“{day}” has no items to fit to its slot.</source>
        <translation>「{day}」には時間枠に合わせる項目がありません。</translation>
    </message>
    <message>
        <source>Nothing on “{day}” can be stretched or shrunk: every item is anchored or a break.</source>
        <translation>「{day}」には伸縮できる項目がありません。すべての項目が固定時刻か休憩です。</translation>
    </message>
    <message>
        <source>The day&apos;s end cannot move: from {start} to {end} everything is anchored or a break.</source>
        <translation>その日の終了時刻は動かせません。{start}から{end}までは、すべて固定時刻か休憩です。</translation>
    </message>
    <message>
        <source>From {start} to {end} there is no time at all; move the anchor or the slot end first.</source>
        <translation>{start}から{end}までの時間がまったくありません。先に固定時刻か時間枠の終了時刻を移動してください。</translation>
    </message>
    <message>
        <source>{what} is set for {time}, which does not exist on {day} because the clocks go forward; {shown} is used instead.</source>
        <translation>{what}は{time}に設定されていますが、夏時間の切り替えで時計が進むため、{day}にはこの時刻が存在しません。代わりに{shown}を使用します。</translation>
    </message>
    <message>
        <source>{what} is set for {time}, which happens twice on {day} because the clocks go back; the first one ({zone}) is used.</source>
        <translation>{what}は{time}に設定されていますが、夏時間の切り替えで時計が戻るため、{day}にはこの時刻が2回あります。1回目（{zone}）を使用します。</translation>
    </message>
    <message numerus="yes">
        <source>The speakers&apos; set times in “{title}” add up to %n minutes, {over} more than its {duration}.</source>
        <translation>
            <numerusform>「{title}」の登壇者の発言時間の合計は%n分で、所要時間{duration}を{over}超えています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clocks go forward %n minutes during “{title}”; it still lasts {duration} and ends at {time}.</source>
        <translation>
            <numerusform>「{title}」の途中で時計が%n分進みます。所要時間は{duration}のままで、{time}に終了します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clocks go back %n minutes during “{title}”; it still lasts {duration} and ends at {time}.</source>
        <translation>
            <numerusform>「{title}」の途中で時計が%n分戻ります。所要時間は{duration}のままで、{time}に終了します。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” runs past midnight: it ends at {time}.</source>
        <translation>「{title}」は午前0時を過ぎ、{time}に終了します。</translation>
    </message>
    <message numerus="yes">
        <source>The first item, “{title}”, starts at {time}, %n minutes after the slot opens ({opens}).</source>
        <translation>
            <numerusform>最初の項目「{title}」は{time}に始まり、時間枠の開始（{opens}）から%n分後です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{title}” starts at {time}, %n minutes before the slot opens ({opens}).</source>
        <translation>
            <numerusform>「{title}」は{time}に始まり、時間枠の開始（{opens}）より%n分早くなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day ends at {time}, %n minutes before the end of its slot ({end}).</source>
        <translation>
            <numerusform>その日は{time}に終わり、時間枠の終了（{end}）より%n分早くなっています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n minutes past the end of its slot ({end}).</source>
        <translation>
            <numerusform>その日は時間枠の終了（{end}）を%n分超過しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>the anchored “{title}” ({time})</source>
        <translation>固定時刻の「{title}」（{time}）</translation>
    </message>
    <message>
        <source>the day&apos;s start ({time})</source>
        <translation>その日の開始（{time}）</translation>
    </message>
    <message>
        <source>the slot end ({time})</source>
        <translation>時間枠の終了（{time}）</translation>
    </message>
    <message>
        <source>From {start} to {end} there are {available}, but the anchored items and breaks take {fixed} and the flexible item needs at least {least}; shorten or remove something first.</source>
        <translation>{start}から{end}までは{available}ありますが、固定時刻の項目と休憩で{fixed}を使い、固定されていない項目には少なくとも{least}が必要です。先にいずれかを短くするか削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>From {start} to {end} there are {available}, but the anchored items and breaks take {fixed} and the %n flexible items need at least {least}; shorten or remove something first.</source>
        <translation>
            <numerusform>{start}から{end}までは{available}ありますが、固定時刻の項目と休憩で{fixed}を使い、固定されていない%n件の項目には少なくとも{least}が必要です。先にいずれかを短くするか削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone (try one like Europe/London).</source>
        <translation>「{zone}」は既知のタイムゾーンではありません（Asia/Tokyoのような形式で指定してください）。</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>「{zone}」は既知のタイムゾーンではありません。</translation>
    </message>
    <message>
        <source>{name} has two seats, {first} and {second}.</source>
        <translation>{name}に席{first}と席{second}の2つの席が割り当てられています。</translation>
    </message>
    <message>
        <source>{name} has declined but has seat {seat}.</source>
        <translation>{name}は辞退していますが、席{seat}が割り当てられています。</translation>
    </message>
    <message>
        <source>Seat {seat} is given to someone who is not a participant of this event.</source>
        <translation>席{seat}が、このイベントの参加者ではない人物に割り当てられています。</translation>
    </message>
    <message>
        <source>{file} is too large to be an event bundle</source>
        <translation>{file}は大きすぎるため、イベントバンドルではありません</translation>
    </message>
    <message>
        <source>{file} is not a text file (UTF-8 expected)</source>
        <translation>{file}はテキストファイルではありません（UTF-8が必要です）</translation>
    </message>
    <message>
        <source>bundle version {version} was written by a newer Roundtable; update to read it</source>
        <translation>バンドルのバージョン{version}は新しいRoundtableで作成されています。読み込むにはRoundtableを更新してください</translation>
    </message>
    <message>
        <source>not a Roundtable event bundle (no &apos;format&apos; field)</source>
        <translation>Roundtableのイベントバンドルではありません（&apos;format&apos;フィールドがありません）</translation>
    </message>
    <message>
        <source>{where}: {text} is not a date</source>
        <translation>{where}：{text}は日付ではありません</translation>
    </message>
    <message>
        <source>{where}: {text} is not a time of day</source>
        <translation>{where}：{text}は時刻ではありません</translation>
    </message>
    <message>
        <source>{where}: {uid} appears twice</source>
        <translation>{where}：{uid}が2回出現しています</translation>
    </message>
    <message>
        <source>{where}: no organisation with uid {uid} in the bundle</source>
        <translation>{where}：uidが{uid}の組織がバンドル内にありません</translation>
    </message>
    <message>
        <source>{where}: a person needs a given or a family name</source>
        <translation>{where}：人物には名または姓が必要です</translation>
    </message>
    <message>
        <source>{where}: no person with uid {uid} in the bundle</source>
        <translation>{where}：uidが{uid}の人物がバンドル内にありません</translation>
    </message>
    <message>
        <source>{where}: not valid base64</source>
        <translation>{where}：有効なbase64ではありません</translation>
    </message>
    <message>
        <source>{where}: {uid} is not a participant</source>
        <translation>{where}：{uid}は参加者ではありません</translation>
    </message>
    <message>
        <source>Import event “{title}”</source>
        <translation>イベント「{title}」をインポート</translation>
    </message>
    <message>
        <source>event {event} is already in the database (id {id}); use --replace to overwrite it or --as-new to import a copy</source>
        <translation>イベント{event}はすでにデータベースにあります（id {id}）。上書きするには--replace、コピーとしてインポートするには--as-newを指定してください</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>父称</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>原語表記の氏名</translation>
    </message>
    <message>
        <source>Name reading (furigana)</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>unknown field {field}; the fields are: {fields}, ignore</source>
        <translation>不明なフィールド{field}です。使用できるフィールド：{fields}、ignore</translation>
    </message>
    <message>
        <source>two columns are called {column} (columns {numbers}); name it by its number</source>
        <translation>{column}という名前の列が2つあります（列{numbers}）。列番号で指定してください</translation>
    </message>
    <message numerus="yes">
        <source>there is no column {number}; the file has %n columns</source>
        <translation>
            <numerusform>列{number}はありません。このファイルの列数は%nです</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no column {column}; the columns are: {columns}</source>
        <translation>列{column}はありません。列の一覧：{columns}</translation>
    </message>
    <message>
        <source>--map {option}: write it as COLUMN=FIELD, e.g. &apos;Wer=full_name&apos;</source>
        <translation>--map {option}：COLUMN=FIELDの形式で指定してください（例：&apos;氏名=full_name&apos;）</translation>
    </message>
    <message>
        <source>--map {option}: {problem}</source>
        <translation>--map {option}：{problem}</translation>
    </message>
    <message>
        <source>--map gives {fields} to more than one column</source>
        <translation>--mapで{fields}が複数の列に割り当てられています</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file: line {line} holds a NUL byte</source>
        <translation>{file}はテキスト（CSV）ファイルではありません。{line}行目にNULバイトが含まれています</translation>
    </message>
    <message>
        <source>{file}: line {line} is longer than {millions} million characters; this is not a participant list</source>
        <translation>{file}：{line}行目が{millions}00万文字を超えています。参加者リストではありません</translation>
    </message>
    <message>
        <source>the file says it is UTF-8 but line {line} is not; letters that could not be read are shown as �</source>
        <translation>ファイルはUTF-8と示されていますが、{line}行目はUTF-8ではありません。読み取れなかった文字は�で表示されます</translation>
    </message>
    <message>
        <source>read as UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation>UTF-16（Excelの「Unicode テキスト」）として読み込みました</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as {encoding}</source>
        <translation>ファイルはUTF-8ではないため、{encoding}として読み込みました</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1252; it was read as Latin-1, so check accented letters</source>
        <translation>ファイルはUTF-8でもWindows-1252でもないため、Latin-1として読み込みました。アクセント付きの文字を確認してください</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file</source>
        <translation>{file}はテキスト（CSV）ファイルではありません</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file (it holds binary data)</source>
        <translation>{file}はテキスト（CSV）ファイルではありません（バイナリデータが含まれています）</translation>
    </message>
    <message>
        <source>an opening quote is never closed, so lines {start}–{end} were read as one cell; close the quote, or write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>開いた引用符が閉じられていないため、{start}～{end}行目が1つのセルとして読み込まれました。引用符を閉じるか、セル内の引用符は2つ重ねて（&quot;&quot;）記述してください</translation>
    </message>
    <message>
        <source>an opening quote is never closed; close it, or write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>開いた引用符が閉じられていません。引用符を閉じるか、セル内の引用符は2つ重ねて（&quot;&quot;）記述してください</translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {start} closes only on line {end}, so lines {start}–{end} were read as one row of %n cells where the header has {width}; check the quotes</source>
        <translation>
            <numerusform>{start}行目で開いた引用符が{end}行目まで閉じられていないため、{start}～{end}行目が%n個のセルからなる1行として読み込まれました（見出し行のセルは{width}個）。引用符を確認してください</numerusform>
        </translation>
    </message>
    <message>
        <source>text follows the closing quote of a cell; put the whole cell in quotes and write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>セルの閉じ引用符の後にテキストがあります。セル全体を引用符で囲み、セル内の引用符は2つ重ねて（&quot;&quot;）記述してください</translation>
    </message>
    <message>
        <source>the quotes do not follow the CSV rules ({reason}); write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>引用符がCSVの規則に従っていません（{reason}）。セル内の引用符は2つ重ねて（&quot;&quot;）記述してください</translation>
    </message>
    <message>
        <source>{file}: line {line} cannot be read as {encoding}; choose another encoding</source>
        <translation>{file}：{line}行目を{encoding}として読み込めません。別の文字コードを選択してください</translation>
    </message>
    <message>
        <source>{file}: line {line} cannot be read as text (UTF-16 was expected)</source>
        <translation>{file}：{line}行目をテキストとして読み込めません（UTF-16を想定していました）</translation>
    </message>
    <message>
        <source>{file}: line {line}: an opening quote is never closed (the cell runs past line {last}, longer than any cell can be); close the quote, or write a quote inside a cell as two (&quot;&quot;)</source>
        <translation>{file}：{line}行目：開いた引用符が閉じられていません（セルが{last}行目を越えて続き、セルの最大長を超えています）。引用符を閉じるか、セル内の引用符は2つ重ねて（&quot;&quot;）記述してください</translation>
    </message>
    <message>
        <source>{file}: line {line}: the CSV cannot be read ({reason})</source>
        <translation>{file}：{line}行目：CSVを読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>{dates} ({times})</source>
        <translation>{dates}（{times}）</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%nバイト</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>no participation {participation} in this event</source>
        <translation>このイベントに参加記録{participation}はありません</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no time</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Set duration of {item} to {minutes} min</source>
        <translation>{item}の所要時間を{minutes}分に設定</translation>
    </message>
    <message>
        <source>Set kind of {item} to {kind}</source>
        <translation>{item}の種類を{kind}に設定</translation>
    </message>
    <message>
        <source>Rename {item} to {title}</source>
        <translation>{item}の名前を{title}に変更</translation>
    </message>
    <message>
        <source>Set anchor of {item} to {time}</source>
        <translation>{item}の固定時刻を{time}に設定</translation>
    </message>
    <message>
        <source>Move {item} up</source>
        <translation>{item}を上へ移動</translation>
    </message>
    <message>
        <source>Move {item} down</source>
        <translation>{item}を下へ移動</translation>
    </message>
    <message>
        <source>Move {item}</source>
        <translation>{item}を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items up</source>
        <translation>
            <numerusform>%n件の項目を上へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items down</source>
        <translation>
            <numerusform>%n件の項目を下へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>%n件の項目を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Add {item}</source>
        <translation>{item}を追加</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>{item}を削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n items</source>
        <translation>
            <numerusform>%n件の項目を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit “{day}” to its slot</source>
        <translation>「{day}」を時間枠に合わせる</translation>
    </message>
    <message>
        <source>Set speakers of {item}</source>
        <translation>{item}の登壇者を設定</translation>
    </message>
    <message>
        <source>Add day “{day}”</source>
        <translation>日程「{day}」を追加</translation>
    </message>
    <message>
        <source>Set slot of “{day}” to {start}–{end}</source>
        <translation>「{day}」の時間枠を{start}–{end}に設定</translation>
    </message>
    <message>
        <source>New event {title}</source>
        <translation>イベント{title}を作成</translation>
    </message>
    <message>
        <source>Delete event {title}</source>
        <translation>イベント{title}を削除</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（コピー）</translation>
    </message>
    <message>
        <source>Duplicate event {title}</source>
        <translation>イベント{title}を複製</translation>
    </message>
    <message>
        <source>Add {name} to {event}</source>
        <translation>{name}を{event}に追加</translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants to {event}</source>
        <translation>
            <numerusform>%n人の参加者を{event}に追加</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {name} from {event}</source>
        <translation>{name}を{event}から外す</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participants from {event}</source>
        <translation>
            <numerusform>%n人の参加者を{event}から外す</numerusform>
        </translation>
    </message>
    <message>
        <source>Move {name} up</source>
        <translation>{name}を上へ移動</translation>
    </message>
    <message>
        <source>Move {name} down</source>
        <translation>{name}を下へ移動</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>{name}を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants up</source>
        <translation>
            <numerusform>%n人の参加者を上へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants down</source>
        <translation>
            <numerusform>%n人の参加者を下へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants</source>
        <translation>
            <numerusform>%n人の参加者を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the name of {name} on the card</source>
        <translation>{name}の名札に名前を印刷</translation>
    </message>
    <message>
        <source>Set name on card of {name} to {value}</source>
        <translation>{name}の名札の表示名を{value}に設定</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no delegation</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Set role of {name} to {value}</source>
        <translation>{name}の役割を{value}に設定</translation>
    </message>
    <message>
        <source>Set delegation of {name} to {value}</source>
        <translation>{name}の代表団を{value}に設定</translation>
    </message>
    <message>
        <source>Set attendance of {name} to {value}</source>
        <translation>{name}の出欠を{value}に設定</translation>
    </message>
    <message>
        <source>Set {field} of {name} to {value}</source>
        <translation>{name}の{field}を{value}に設定</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Edit person {name}</source>
        <translation>人物{name}を編集</translation>
    </message>
    <message>
        <source>Add person {name}</source>
        <translation>人物{name}を追加</translation>
    </message>
    <message>
        <source>Delete person {name}</source>
        <translation>人物{name}を削除</translation>
    </message>
    <message>
        <source>Merge {merged} into {kept}</source>
        <translation>{merged}を{kept}に統合</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{name} has declined and cannot be seated.</source>
        <translation>{name}は辞退しているため、配席できません。</translation>
    </message>
    <message>
        <source>Seat {seat} is locked; unlock it first.</source>
        <translation>席{seat}はロックされています。先にロックを解除してください。</translation>
    </message>
    <message>
        <source>{name} is in locked seat {seat}; unlock it first.</source>
        <translation>{name}はロックされた席{seat}に座っています。先にロックを解除してください。</translation>
    </message>
    <message>
        <source>A rule needs two different people.</source>
        <translation>配席ルールには異なる2人の人物が必要です。</translation>
    </message>
    <message>
        <source>{first} and {second} already have a rule; remove it first.</source>
        <translation>{first}と{second}にはすでに配席ルールがあります。先にそのルールを削除してください。</translation>
    </message>
    <message>
        <source>New seating plan {plan}</source>
        <translation>座席表{plan}を作成</translation>
    </message>
    <message>
        <source>Edit seating plan {plan}</source>
        <translation>座席表{plan}を編集</translation>
    </message>
    <message>
        <source>Delete seating plan {plan}</source>
        <translation>座席表{plan}を削除</translation>
    </message>
    <message>
        <source>Seat {name} at seat {seat}</source>
        <translation>{name}を席{seat}に配置</translation>
    </message>
    <message>
        <source>Move {name} to seat {seat}</source>
        <translation>{name}を席{seat}に移動</translation>
    </message>
    <message>
        <source>Swap {first} and {second}</source>
        <translation>{first}と{second}の席を入れ替え</translation>
    </message>
    <message>
        <source>Unseat {name}</source>
        <translation>{name}を席から外す</translation>
    </message>
    <message>
        <source>Lock seat {seat}</source>
        <translation>席{seat}をロック</translation>
    </message>
    <message>
        <source>Unlock seat {seat}</source>
        <translation>席{seat}のロックを解除</translation>
    </message>
    <message>
        <source>Label seat {seat} {label}</source>
        <translation>席{seat}にラベル{label}を設定</translation>
    </message>
    <message>
        <source>Clear label of seat {seat}</source>
        <translation>席{seat}のラベルを消去</translation>
    </message>
    <message>
        <source>Auto-seat {plan}</source>
        <translation>{plan}を自動配席</translation>
    </message>
    <message>
        <source>Clear unlocked seats of {plan}</source>
        <translation>{plan}のロックされていない席を空ける</translation>
    </message>
    <message>
        <source>Remove rule for {first} and {second}</source>
        <translation>{first}と{second}の配席ルールを削除</translation>
    </message>
    <message>
        <source>US</source>
        <comment>country as an adjective</comment>
        <translation>米国</translation>
    </message>
    <message>
        <source>Japanese</source>
        <comment>country as an adjective</comment>
        <translation>日本</translation>
    </message>
    <message>
        <source>Russian</source>
        <comment>country as an adjective</comment>
        <translation>ロシア</translation>
    </message>
    <message>
        <source>Chinese</source>
        <comment>country as an adjective</comment>
        <translation>中国</translation>
    </message>
    <message>
        <source>South Korean</source>
        <comment>country as an adjective</comment>
        <translation>韓国</translation>
    </message>
    <message>
        <source>Korean</source>
        <comment>country as an adjective</comment>
        <translation>韓国</translation>
    </message>
    <message>
        <source>British</source>
        <comment>country as an adjective</comment>
        <translation>英国</translation>
    </message>
    <message>
        <source>German</source>
        <comment>country as an adjective</comment>
        <translation>ドイツ</translation>
    </message>
    <message>
        <source>French</source>
        <comment>country as an adjective</comment>
        <translation>フランス</translation>
    </message>
    <message>
        <source>Canadian</source>
        <comment>country as an adjective</comment>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>Australian</source>
        <comment>country as an adjective</comment>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <source>Indian</source>
        <comment>country as an adjective</comment>
        <translation>インド</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <comment>country as an adjective</comment>
        <translation>ウクライナ</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <comment>country as an adjective</comment>
        <translation>モンゴル</translation>
    </message>
    <message>
        <source>Taiwanese</source>
        <comment>country as an adjective</comment>
        <translation>台湾</translation>
    </message>
    <message>
        <source>a {country} scholar</source>
        <translation>{country}の研究者</translation>
    </message>
    <message>
        <source>a {country} analyst</source>
        <translation>{country}のアナリスト</translation>
    </message>
    <message>
        <source>a {country} official</source>
        <translation>{country}の政府関係者</translation>
    </message>
    <message>
        <source>a {country} international official</source>
        <translation>{country}の国際機関職員</translation>
    </message>
    <message>
        <source>a {country} foundation representative</source>
        <translation>{country}の財団関係者</translation>
    </message>
    <message>
        <source>a {country} NGO representative</source>
        <translation>{country}のNGO関係者</translation>
    </message>
    <message>
        <source>a {country} business representative</source>
        <translation>{country}の企業関係者</translation>
    </message>
    <message>
        <source>a {country} journalist</source>
        <translation>{country}のジャーナリスト</translation>
    </message>
    <message>
        <source>a {country} participant</source>
        <translation>{country}の参加者</translation>
    </message>
    <message>
        <source>a scholar</source>
        <translation>研究者</translation>
    </message>
    <message>
        <source>an analyst</source>
        <translation>アナリスト</translation>
    </message>
    <message>
        <source>an official</source>
        <translation>政府関係者</translation>
    </message>
    <message>
        <source>an international official</source>
        <translation>国際機関職員</translation>
    </message>
    <message>
        <source>a foundation representative</source>
        <translation>財団関係者</translation>
    </message>
    <message>
        <source>an NGO representative</source>
        <translation>NGO関係者</translation>
    </message>
    <message>
        <source>a business representative</source>
        <translation>企業関係者</translation>
    </message>
    <message>
        <source>a journalist</source>
        <translation>ジャーナリスト</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>the moderator</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <source>the host</source>
        <translation>主催者</translation>
    </message>
    <message>
        <source>a member of the {country} delegation</source>
        <translation>{country}代表団のメンバー</translation>
    </message>
    <message>
        <source>a member of a delegation</source>
        <translation>代表団のメンバー</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>名前付きパイプ</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}：ファイルが見つかりません</translation>
    </message>
    <message>
        <source>{file} is a folder, not {what}</source>
        <translation>{file}はフォルダーであり、{what}ではありません</translation>
    </message>
    <message>
        <source>{file} is {kind}, not {what}</source>
        <translation>{file}は{kind}であり、{what}ではありません</translation>
    </message>
    <message>
        <source>this event has no minutes yet; write them on the Log tab&apos;s Minutes page (Log ▸ Minutes)</source>
        <translation>このイベントにはまだ議事録がありません。ログタブの議事録ページ（ログ ▸ 議事録）で作成してください</translation>
    </message>
    <message>
        <source>someone no longer in the event</source>
        <translation>イベントから外れた人物</translation>
    </message>
    <message>
        <source>an item no longer on the agenda</source>
        <translation>アジェンダから削除された項目</translation>
    </message>
    <message>
        <source>choose at least one part of the log to export</source>
        <translation>エクスポートするログの部分を1つ以上選択してください</translation>
    </message>
    <message>
        <source>Nothing has been timed yet: the moderator’s timer records when each item and each speaker&apos;s turn starts and ends.</source>
        <translation>まだ何も計測されていません。モデレーター用タイマーで、各項目と各登壇者の発言の開始・終了時刻が記録されます。</translation>
    </message>
    <message>
        <source>The agenda has no items, so there is nothing to plan against.</source>
        <translation>アジェンダに項目がないため、予定と比較するものがありません。</translation>
    </message>
    <message>
        <source>Nothing has been written in the journal yet.</source>
        <translation>記録にはまだ何も書き込まれていません。</translation>
    </message>
    <message>
        <source>No changes have been recorded.</source>
        <translation>変更は記録されていません。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Lengths as on a clock: 12:30 is twelve and a half minutes; a positive difference ran over the plan.</source>
        <translation>長さは時計と同じ表記です（12:30は12分30秒）。差がプラスの場合は予定を超過しています。</translation>
    </message>
    <message>
        <source>Item: {item}</source>
        <translation>項目：{item}</translation>
    </message>
    <message>
        <source>People: {names}</source>
        <translation>人物：{names}</translation>
    </message>
    <message>
        <source>By: {author}</source>
        <translation>記入者：{author}</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>Earlier texts:</source>
        <translation>以前のテキスト：</translation>
    </message>
    <message>
        <source>Replaced {moment} by {author}: {text}</source>
        <translation>{moment}に{author}が置き換え：{text}</translation>
    </message>
    <message>
        <source>Replaced {moment}: {text}</source>
        <translation>{moment}に置き換え：{text}</translation>
    </message>
    <message>
        <source>{title} — Event log</source>
        <translation>{title} — イベントログ</translation>
    </message>
    <message>
        <source>Times are {zone}.</source>
        <translation>時刻は{zone}基準です。</translation>
    </message>
    <message>
        <source>cannot export the log as a {suffix} file; name the file .pdf, .csv or .md</source>
        <translation>ログを{suffix}ファイルとしてエクスポートすることはできません。ファイル名の拡張子を.pdf、.csv、.mdのいずれかにしてください</translation>
    </message>
    <message>
        <source>cannot export the log as a file without a suffix; name the file .pdf, .csv or .md</source>
        <translation>拡張子のないファイルにはログをエクスポートできません。ファイル名の拡張子を.pdf、.csv、.mdのいずれかにしてください</translation>
    </message>
    <message>
        <source>‘{name}’ was kept whole as the family name; split it into family and given name</source>
        <translation>「{name}」は全体を姓として扱いました。姓と名に分けてください</translation>
    </message>
    <message>
        <source>‘{name}’ has no space between family and given name, so it was kept whole as the family name; split it if you know where</source>
        <translation>「{name}」は姓と名の間に空白がないため、全体を姓として扱いました。区切る位置がわかる場合は分けてください</translation>
    </message>
    <message>
        <source>‘({text})’ was left out of the name</source>
        <translation>「({text})」は氏名から除外しました</translation>
    </message>
    <message>
        <source>‘{text}’ after the name was left out</source>
        <translation>氏名の後の「{text}」は除外しました</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>人物{id}</translation>
    </message>
    <message numerus="yes">
        <source>‘{text}’ holds %n email addresses; keep one</source>
        <translation>
            <numerusform>「{text}」には%n件のメールアドレスが含まれています。1件だけにしてください</numerusform>
        </translation>
    </message>
    <message>
        <source>‘{text}’ is not an email address</source>
        <translation>「{text}」はメールアドレスではありません</translation>
    </message>
    <message>
        <source>unknown field {field}; the fields are: {fields}</source>
        <translation>不明なフィールド{field}です。使用できるフィールド：{fields}</translation>
    </message>
    <message>
        <source>there is no column {number}</source>
        <translation>列{number}はありません</translation>
    </message>
    <message>
        <source>the columns {columns} all give the field ‘{field}’; keep one and ignore the others ({options})</source>
        <translation>列{columns}はすべてフィールド「{field}」に対応しています。1つだけ残し、他は無視してください（{options}）</translation>
    </message>
    <message>
        <source>no column holds names: map one to full_name, given_name and family_name, or native_name (--map COLUMN=full_name)</source>
        <translation>氏名を含む列がありません。いずれかの列をfull_name、given_nameとfamily_name、またはnative_nameに割り当ててください（--map COLUMN=full_name）</translation>
    </message>
    <message>
        <source>the list has a header but no rows</source>
        <translation>一覧に見出しはありますが、行がありません</translation>
    </message>
    <message>
        <source>{column} is a formula the file stores no result for ({formula}); open the file in Excel or LibreOffice, save it, and import it again</source>
        <translation>{column}は数式ですが、ファイルに計算結果が保存されていません（{formula}）。ExcelまたはLibreOfficeでファイルを開いて保存し、もう一度インポートしてください</translation>
    </message>
    <message>
        <source>‘{name}’ may be the existing {existing}, but is added as a new person (--possible-match new)</source>
        <translation>「{name}」は既存の{existing}の可能性がありますが、新しい人物として追加されます（--possible-match new）</translation>
    </message>
    <message>
        <source>‘{name}’ is taken to be the existing {existing} (--possible-match existing)</source>
        <translation>「{name}」は既存の{existing}と見なされます（--possible-match existing）</translation>
    </message>
    <message>
        <source>‘{name}’ may be any of the existing {people}, so --possible-match existing cannot choose; add an email address that tells them apart, or use --possible-match new</source>
        <translation>「{name}」は既存の{people}のいずれかの可能性があるため、--possible-match existingでは選択できません。区別できるメールアドレスを追加するか、--possible-match newを使用してください</translation>
    </message>
    <message>
        <source>‘{name}’ may be the existing {existing}; choose in the Match column whether it is, or a new person</source>
        <translation>「{name}」は既存の{existing}の可能性があります。同一人物か新しい人物かを「照合」列で選択してください</translation>
    </message>
    <message>
        <source>‘{name}’ may be one of the existing {people}; choose in the Match column which, or a new person</source>
        <translation>「{name}」は既存の{people}のいずれかの可能性があります。どの人物か、または新しい人物かを「照合」列で選択してください</translation>
    </message>
    <message>
        <source>‘{name}’ may be the existing {existing}; use --possible-match existing or new</source>
        <translation>「{name}」は既存の{existing}の可能性があります。--possible-match existingまたはnewを使用してください</translation>
    </message>
    <message>
        <source>‘{name}’ may be one of the existing {people}; use --possible-match new, or add an email address that tells them apart</source>
        <translation>「{name}」は既存の{people}のいずれかの可能性があります。--possible-match newを使用するか、区別できるメールアドレスを追加してください</translation>
    </message>
    <message>
        <source>the name on the card</source>
        <translation>名札の表示名</translation>
    </message>
    <message>
        <source>there is no name in Latin script; the native name is used as the name too</source>
        <translation>ラテン文字の名前がないため、原語表記の氏名を名前としても使用します</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>名前がありません</translation>
    </message>
    <message>
        <source>the position ‘{position}’ has no organisation; it was put in the person&apos;s notes</source>
        <translation>役職「{position}」に組織がないため、その人物のメモに記載しました</translation>
    </message>
    <message>
        <source>{positions} positions for {organisations} organisations; the positions were all given to the first one</source>
        <translation>{organisations}件の組織に対して役職が{positions}件あるため、役職はすべて最初の組織に割り当てました</translation>
    </message>
    <message>
        <source>unknown role ‘{role}’ (use one of: {choices})</source>
        <translation>不明な役割「{role}」です（次のいずれかを使用してください：{choices}）</translation>
    </message>
    <message>
        <source>unknown attendance ‘{attendance}’ (use one of: {choices})</source>
        <translation>不明な出欠「{attendance}」です（次のいずれかを使用してください：{choices}）</translation>
    </message>
    <message numerus="yes">
        <source>matches %n people in the directory by email: {people}; pick one, or add an email address that tells them apart</source>
        <translation>
            <numerusform>メールアドレスで人物名簿の%n人と一致します：{people}。1人を選択するか、区別できるメールアドレスを追加してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>matches %n people in the directory by name: {people}; pick one, or add an email address that tells them apart</source>
        <translation>
            <numerusform>名前で人物名簿の%n人と一致します：{people}。1人を選択するか、区別できるメールアドレスを追加してください</numerusform>
        </translation>
    </message>
    <message>
        <source>matches {name} by email (already in the directory, where the name is written differently)</source>
        <translation>メールアドレスで{name}と一致します（人物名簿に登録済みで、名前の表記が異なります）</translation>
    </message>
    <message>
        <source>matches {name} (already in the directory) by name, though the directory has another email address ({email}); the directory&apos;s entry is used</source>
        <translation>名前で{name}（人物名簿に登録済み）と一致しますが、人物名簿には別のメールアドレス（{email}）が登録されています。人物名簿の記録を使用します</translation>
    </message>
    <message>
        <source>{name} already takes part in this event; skipped</source>
        <translation>{name}はすでにこのイベントに参加しているため、スキップしました</translation>
    </message>
    <message>
        <source>matches {name} (already in the directory)</source>
        <translation>{name}と一致します（人物名簿に登録済み）</translation>
    </message>
    <message>
        <source>‘{name}’</source>
        <comment>a person&apos;s name in quotes</comment>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>repeats line {line} (both are {name})</source>
        <translation>{line}行目の繰り返しです（どちらも{name}）</translation>
    </message>
    <message>
        <source>repeats line {line} (same email address)</source>
        <translation>{line}行目の繰り返しです（メールアドレスが同じ）</translation>
    </message>
    <message>
        <source>has the same name as line {line} but another email address, so it is imported as a different person</source>
        <translation>{line}行目と名前が同じですがメールアドレスが異なるため、別の人物としてインポートします</translation>
    </message>
    <message>
        <source>repeats line {line} (same name)</source>
        <translation>{line}行目の繰り返しです（名前が同じ）</translation>
    </message>
    <message>
        <source>the list has no line {line}</source>
        <translation>一覧に{line}行目はありません</translation>
    </message>
    <message>
        <source>line {line} cannot be matched to person {id}</source>
        <translation>{line}行目を人物{id}と照合できません</translation>
    </message>
    <message>
        <source>added as a new person, not the existing {existing}</source>
        <translation>既存の{existing}ではなく、新しい人物として追加しました</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n rows: {new} new people, {existing} already in the directory, {skipped} skipped</source>
        <translation>
            <numerusform>{source}：%n行（新しい人物{new}人、人物名簿に登録済み{existing}人、スキップ{skipped}人）</numerusform>
        </translation>
    </message>
    <message>
        <source>the list</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>encoding: {encoding}</source>
        <translation>エンコーディング：{encoding}</translation>
    </message>
    <message>
        <source>columns: {columns}</source>
        <translation>列：{columns}</translation>
    </message>
    <message>
        <source>ignored columns: {columns}</source>
        <translation>無視した列：{columns}</translation>
    </message>
    <message>
        <source>new organisations: {names}</source>
        <translation>新しい組織：{names}</translation>
    </message>
    <message>
        <source>new delegations: {names}</source>
        <translation>新しい代表団：{names}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message numerus="yes">
        <source>%n problems; nothing is imported until they are fixed:</source>
        <translation>
            <numerusform>%n件の問題があります。修正するまで何もインポートされません：</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>{line}行目：{text}</translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation>問題：{problem}</translation>
    </message>
    <message>
        <source>nothing was imported; fix these first: {problems}</source>
        <translation>何もインポートされませんでした。先に次の問題を修正してください：{problems}</translation>
    </message>
    <message>
        <source>this list was checked for another event; check it again for this one</source>
        <translation>この一覧は別のイベント用にチェックされました。このイベント用にもう一度チェックしてください</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants into “{title}”</source>
        <translation>
            <numerusform>%n人の参加者を「{title}」にインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>participant {id}</source>
        <translation>参加者{id}</translation>
    </message>
    <message>
        <source>The event has no venue: add its name and address in the event&apos;s details.</source>
        <translation>イベントに会場が設定されていません。イベントの詳細で会場名と住所を追加してください。</translation>
    </message>
    <message>
        <source>The venue has no street address: add it in the event&apos;s details, so people can find it.</source>
        <translation>会場の住所がありません。参加者が場所を確認できるよう、イベントの詳細で追加してください。</translation>
    </message>
    <message>
        <source>The event has no usable time zone, so its clock times mean nothing: choose one in the event&apos;s details.</source>
        <translation>イベントに有効なタイムゾーンがないため、時刻が意味を持ちません。イベントの詳細でタイムゾーンを選択してください。</translation>
    </message>
    <message>
        <source>The event&apos;s dates are past but it is still marked {status}: mark it held or cancelled in the event&apos;s details.</source>
        <translation>イベントの日程は過ぎていますが、まだ「{status}」のままです。イベントの詳細で「開催済み」または「中止」にしてください。</translation>
    </message>
    <message>
        <source>The event has no participants yet: add them in the Participants tab.</source>
        <translation>このイベントにはまだ参加者がいません。参加者タブで追加してください。</translation>
    </message>
    <message>
        <source>{name} speaks but has no bio for the moderator to introduce them from: add one on their page.</source>
        <translation>{name}は登壇しますが、モデレーターが紹介に使う略歴がありません。人物のページで追加してください。</translation>
    </message>
    <message>
        <source>{name} has no bio: add one on their page for the bios booklet.</source>
        <translation>{name}の略歴がありません。略歴集のために、人物のページで追加してください。</translation>
    </message>
    <message>
        <source>{name} has no photo: add one on their page for the bios booklet.</source>
        <translation>{name}の写真がありません。略歴集のために、人物のページで追加してください。</translation>
    </message>
    <message>
        <source>{name} has no affiliation: add one on their page; name cards and the programme print it.</source>
        <translation>{name}の所属がありません。名札とアジェンダに印刷されるため、人物のページで追加してください。</translation>
    </message>
    <message>
        <source>{name} has not confirmed they are coming: ask, and set their attendance.</source>
        <translation>{name}の出席が確定していません。本人に確認し、出欠を設定してください。</translation>
    </message>
    <message>
        <source>{name}&apos;s name has characters no font of the app can print ({chars}): spell it with others, or their name card and lists will show boxes.</source>
        <translation>{name}の名前には、アプリのフォントで印刷できない文字（{chars}）が含まれています。別の文字で表記してください。そのままでは名札や名簿で文字が四角で表示されます。</translation>
    </message>
    <message>
        <source>{name} ({role}) speaks on no agenda item: add them to one in the Agenda tab.</source>
        <translation>{name}（{role}）はどの項目にも登壇者として入っていません。アジェンダタブで項目に追加してください。</translation>
    </message>
    <message>
        <source>{name} ({role}) chairs or speaks on no agenda item: name them on the items they run in the Agenda tab.</source>
        <translation>{name}（{role}）はどの項目でも議長・登壇者になっていません。アジェンダタブで、担当する項目に指定してください。</translation>
    </message>
    <message>
        <source>The event has no agenda yet: add its items in the Agenda tab.</source>
        <translation>このイベントにはまだアジェンダがありません。アジェンダタブで項目を追加してください。</translation>
    </message>
    <message>
        <source>“{title}” has nobody to give it: choose its speaker in the Agenda tab.</source>
        <translation>「{title}」の登壇者がいません。アジェンダタブで登壇者を選択してください。</translation>
    </message>
    <message>
        <source>“{title}” has no speaker and no chair: name them in the Agenda tab.</source>
        <translation>「{title}」には登壇者も議長もいません。アジェンダタブで指定してください。</translation>
    </message>
    <message>
        <source>{date}: {warning}</source>
        <translation>{date}：{warning}</translation>
    </message>
    <message>
        <source>The event has no seating plan: make one in the Seating tab if people sit at a table.</source>
        <translation>このイベントには座席表がありません。テーブルを囲んで着席する場合は、座席タブで作成してください。</translation>
    </message>
    <message>
        <source>No seat on {day} for {names}: seat them in the Seating tab.</source>
        <translation>{day}に{names}の席がありません。座席タブで配席してください。</translation>
    </message>
    <message>
        <source>No seat for {names}: seat them in the Seating tab.</source>
        <translation>{names}の席がありません。座席タブで配席してください。</translation>
    </message>
    <message>
        <source>{name} has a seat in {plans} on {day}: right if those are separate sittings, else free one of the seats in the Seating tab.</source>
        <translation>{name}には{day}の{plans}にそれぞれ席があります。別々の回の着席なら問題ありません。そうでない場合は、座席タブでいずれかの席を空けてください。</translation>
    </message>
    <message>
        <source>{name} has a seat in {plans}: right if those are separate sittings, else free one of the seats in the Seating tab.</source>
        <translation>{name}には{plans}にそれぞれ席があります。別々の回の着席なら問題ありません。そうでない場合は、座席タブでいずれかの席を空けてください。</translation>
    </message>
    <message>
        <source>“{plan}”: {problem}</source>
        <translation>「{plan}」：{problem}</translation>
    </message>
    <message>
        <source>Name cards have not been printed yet: print them from the Participants tab.</source>
        <translation>名札がまだ印刷されていません。参加者タブから印刷してください。</translation>
    </message>
    <message>
        <source>Names changed since the name cards were last printed: print them again.</source>
        <translation>前回名札を印刷した後に名前が変更されています。もう一度印刷してください。</translation>
    </message>
    <message>
        <source>host</source>
        <comment>seating rule</comment>
        <translation>主催者</translation>
    </message>
    <message>
        <source>guest of honour</source>
        <translation>主賓</translation>
    </message>
    <message>
        <source>guest of honour by precedence</source>
        <translation>席次による主賓</translation>
    </message>
    <message>
        <source>{first} and {second} were to sit together but sit at seats {a} and {b}.</source>
        <translation>{first}と{second}は隣に座るはずですが、{a}番席と{b}番席に座っています。</translation>
    </message>
    <message>
        <source>{first} and {second} were to sit together but {missing} has no seat.</source>
        <translation>{first}と{second}は隣に座るはずですが、{missing}の席がありません。</translation>
    </message>
    <message>
        <source>{first} and {second} were to sit apart but sit side by side at seats {a} and {b}.</source>
        <translation>{first}と{second}は離して座るはずですが、{a}番席と{b}番席で隣り合っています。</translation>
    </message>
    <message>
        <source>Seat {a} is empty while seat {b}, further down the order, is taken.</source>
        <translation>{a}番席が空いているのに、順番が後の{b}番席が埋まっています。</translation>
    </message>
    <message>
        <source>{second} comes before {first} by precedence but sits further from the head (seat {b}, after seat {a}).</source>
        <translation>{second}は席次が{first}より上ですが、上座から遠い席に座っています（{a}番席より後の{b}番席）。</translation>
    </message>
    <message>
        <source>{first} and {second}, both of the {delegation}, face each other at seats {a} and {b}.</source>
        <translation>{first}と{second}はどちらも{delegation}に属していますが、{a}番席と{b}番席で向かい合っています。</translation>
    </message>
    <message>
        <source>{first} and {second}, both of the {delegation}, sit side by side at seats {a} and {b}.</source>
        <translation>{first}と{second}はどちらも{delegation}に属していますが、{a}番席と{b}番席で隣り合っています。</translation>
    </message>
    <message>
        <source>{first} and {second} sit side by side at seats {a} and {b} but are of different delegations ({delegation}, {other}).</source>
        <translation>{first}と{second}は{a}番席と{b}番席で隣り合っていますが、代表団が異なります（{delegation}、{other}）。</translation>
    </message>
    <message numerus="yes">
        <source>No seat for {names}: %n participants for {seats} seats.</source>
        <translation>
            <numerusform>{names}の席がありません：{seats}席に対して参加者が%n人います。</numerusform>
        </translation>
    </message>
    <message>
        <source>No seat for {names}.</source>
        <translation>{names}の席がありません。</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head (seat {seat}) but sits at seat {actual}.</source>
        <translation>{role}の{name}は上座（{seat}番席）に座るはずですが、{actual}番席に座っています。</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head (seat {seat}) but has no seat.</source>
        <translation>{role}の{name}は上座（{seat}番席）に座るはずですが、席がありません。</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head&apos;s right (seat {seat}) but sits at seat {actual}.</source>
        <translation>{role}の{name}は上座の右（{seat}番席）に座るはずですが、{actual}番席に座っています。</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head&apos;s right (seat {seat}) but has no seat.</source>
        <translation>{role}の{name}は上座の右（{seat}番席）に座るはずですが、席がありません。</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head&apos;s left (seat {seat}) but sits at seat {actual}.</source>
        <translation>{role}の{name}は上座の左（{seat}番席）に座るはずですが、{actual}番席に座っています。</translation>
    </message>
    <message>
        <source>{name}, the {role}, is to sit at the head&apos;s left (seat {seat}) but has no seat.</source>
        <translation>{role}の{name}は上座の左（{seat}番席）に座るはずですが、席がありません。</translation>
    </message>
    <message>
        <source>“{title}” has no agenda to run: add its items in the Agenda tab first</source>
        <translation>「{title}」には進行するアジェンダがありません。先にアジェンダタブで項目を追加してください</translation>
    </message>
    <message>
        <source>“{title}” has no day {number}</source>
        <translation>「{title}」には{number}日目がありません</translation>
    </message>
    <message>
        <source>{day} has no agenda items to run</source>
        <translation>{day}には進行する項目がありません</translation>
    </message>
    <message>
        <source>planned {length}, extended by {minutes} min</source>
        <translation>予定{length}、{minutes}分延長</translation>
    </message>
    <message>
        <source>planned {length}</source>
        <translation>予定{length}</translation>
    </message>
    <message>
        <source>allowed {length}, extended by {minutes} min</source>
        <translation>持ち時間{length}、{minutes}分延長</translation>
    </message>
    <message>
        <source>allowed {length}</source>
        <translation>持ち時間{length}</translation>
    </message>
    <message>
        <source>{length} in all, {details}</source>
        <translation>合計{length}、{details}</translation>
    </message>
    <message>
        <source>“{title}” ran {length} more before a pause</source>
        <translation>「{title}」を一時停止までにさらに{length}実施</translation>
    </message>
    <message>
        <source>“{title}” ran {length} before a pause</source>
        <translation>「{title}」を一時停止までに{length}実施</translation>
    </message>
    <message>
        <source>“{title}” ran {length} more</source>
        <translation>「{title}」をさらに{length}実施</translation>
    </message>
    <message>
        <source>“{title}” ran {length}</source>
        <translation>「{title}」を{length}実施</translation>
    </message>
    <message>
        <source>{sentence} ({details})</source>
        <translation>{sentence}（{details}）</translation>
    </message>
    <message>
        <source>{speaker} spoke {length} more on “{title}” before a pause</source>
        <translation>{speaker}が「{title}」で一時停止までにさらに{length}発言</translation>
    </message>
    <message>
        <source>{speaker} spoke {length} on “{title}” before a pause</source>
        <translation>{speaker}が「{title}」で一時停止までに{length}発言</translation>
    </message>
    <message>
        <source>{speaker} spoke {length} more on “{title}”</source>
        <translation>{speaker}が「{title}」でさらに{length}発言</translation>
    </message>
    <message>
        <source>{speaker} spoke {length} on “{title}”</source>
        <translation>{speaker}が「{title}」で{length}発言</translation>
    </message>
    <message>
        <source>a CSV or XLSX file</source>
        <translation>CSVまたはXLSXファイル</translation>
    </message>
    <message>
        <source>{file} is a workbook (.xlsx), which has no text encoding; leave the encoding out</source>
        <translation>{file}はブック（.xlsx）のため、テキストエンコーディングはありません。エンコーディングの指定を外してください</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <source>{file} has no data (no header row was found)</source>
        <translation>{file}にデータがありません（見出し行が見つかりません）</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel workbook (.xls) or a password-protected one; open it in Excel or LibreOffice and save it as .xlsx (without a password) or .csv</source>
        <translation>{file}は旧形式のExcelブック（.xls）か、パスワードで保護されたブックです。ExcelまたはLibreOfficeで開き、.xlsx（パスワードなし）または.csvとして保存してください</translation>
    </message>
    <message>
        <source>{file}: {suffix} files cannot be read; save the list as .xlsx or .csv</source>
        <translation>{file}：{suffix}ファイルは読み込めません。一覧を.xlsxまたは.csvとして保存してください</translation>
    </message>
    <message>
        <source>{file} is not a CSV file (it looks like a spreadsheet or a zip archive); save it as .csv, or give it its .xlsx name</source>
        <translation>{file}はCSVファイルではありません（表計算ファイルかzipアーカイブのようです）。.csvとして保存するか、拡張子を.xlsxにしてください</translation>
    </message>
    <message>
        <source>{file} is not a valid .xlsx file (it may be damaged or misnamed)</source>
        <translation>{file}は有効な.xlsxファイルではありません（破損しているか、名前が誤っている可能性があります）</translation>
    </message>
    <message>
        <source>{file} is a CSV file, which has no sheets</source>
        <translation>{file}はCSVファイルのため、シートはありません</translation>
    </message>
    <message>
        <source>{file}: cannot import {suffix} files; use .csv or .xlsx</source>
        <translation>{file}：{suffix}ファイルはインポートできません。.csvまたは.xlsxを使用してください</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx file ({reason})</source>
        <translation>{file}は読み取り可能な.xlsxファイルではありません（{reason}）</translation>
    </message>
    <message>
        <source>{file} holds {megabytes} MB of text, far more than a list of {rows} rows; Roundtable imports at most {rows} rows at a time, so split the list</source>
        <translation>{file}には{megabytes}MBのテキストが含まれており、{rows}行の一覧としては大きすぎます。Roundtableが一度にインポートできるのは最大{rows}行のため、一覧を分割してください</translation>
    </message>
    <message>
        <source>{file} has no sheets</source>
        <translation>{file}にはシートがありません</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}; its sheets are: {sheets}</source>
        <translation>{file}にシート{sheet}はありません。シートは次のとおりです：{sheets}</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is a chart, not a table</source>
        <translation>{file}：シート{sheet}はグラフで、表ではありません</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is empty; its other sheets are: {others}</source>
        <translation>{file}：シート{sheet}は空です。他のシート：{others}</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} is empty</source>
        <translation>{file}：シート{sheet}は空です</translation>
    </message>
    <message>
        <source>read the first sheet, {sheet}, of {count}</source>
        <translation>{count}枚のシートのうち、最初のシート{sheet}を読み込みました</translation>
    </message>
    <message>
        <source>{cell}: formula {formula} has no computed value; imported as its text</source>
        <translation>{cell}：数式{formula}に計算値がないため、テキストとしてインポートしました</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet}</source>
        <translation>{file}：シート{sheet}</translation>
    </message>
    <message>
        <source>a cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>{cell}: the cell shows the error {error}; imported as that text</source>
        <translation>{cell}：セルにエラー{error}が表示されているため、そのテキストのままインポートしました</translation>
    </message>
    <message>
        <source>holds the control character {code}, which is not text; remove it (the file may be damaged)</source>
        <translation>テキストではない制御文字{code}を含んでいます。削除してください（ファイルが破損している可能性があります）</translation>
    </message>
    <message>
        <source>{where} has more than {limit} rows; Roundtable imports at most {limit} at a time, so split the list</source>
        <translation>{where}は{limit}行を超えています。Roundtableが一度にインポートできるのは最大{limit}行のため、一覧を分割してください</translation>
    </message>
    <message>
        <source>{file}: line {line}: {problem}</source>
        <translation>{file}：{line}行目：{problem}</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>（{number}列目）</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>{line}行目：{problem}</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation>UTF-16（Excelの「Unicode テキスト」）</translation>
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
        <translation>Windows-1251（キリル文字）</translation>
    </message>
    <message>
        <source>KOI8-R (Cyrillic)</source>
        <translation>KOI8-R（キリル文字）</translation>
    </message>
    <message>
        <source>Shift_JIS (Windows-932, Japanese)</source>
        <translation>Shift_JIS（Windows-932、日本語）</translation>
    </message>
    <message>
        <source>EUC-JP (Japanese)</source>
        <translation>EUC-JP（日本語）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252（西ヨーロッパ言語）</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1（ISO-8859-1）</translation>
    </message>
    <message>
        <source>unknown encoding ‘{name}’; use one of {known} (or another Python codec)</source>
        <translation>不明なエンコーディング「{name}」です。{known}のいずれか（または他のPythonコーデック）を使用してください</translation>
    </message>
    <message>
        <source>the copy of {source} did not pass its integrity check ({finding})</source>
        <translation>{source}のコピーが整合性チェックに合格しませんでした（{finding}）</translation>
    </message>
    <message>
        <source>the copy of {source} could not be made a single file ({mode}, {left})</source>
        <translation>{source}のコピーを単一のファイルにできませんでした（{mode}、{left}）</translation>
    </message>
    <message>
        <source>{target} exists and is not a Roundtable backup; not overwriting it</source>
        <translation>{target}はすでに存在し、Roundtableのバックアップではないため、上書きしません</translation>
    </message>
    <message>
        <source>cannot write {target}: the folder {folder} does not exist</source>
        <translation>{target}に書き込めません：フォルダー{folder}が存在しません</translation>
    </message>
    <message>
        <source>cannot write the backup {target}: {reason}</source>
        <translation>バックアップ{target}に書き込めません：{reason}</translation>
    </message>
    <message>
        <source>cannot back up {database}: {reason}</source>
        <translation>{database}をバックアップできません：{reason}</translation>
    </message>
    <message>
        <source>cannot restore {backup}: it is the database itself; choose a backup</source>
        <translation>{backup}を復元できません：これはデータベースそのものです。バックアップを選択してください</translation>
    </message>
    <message>
        <source>cannot restore {backup}: it {problem}</source>
        <translation>{backup}を復元できません：このファイルは{problem}</translation>
    </message>
    <message>
        <source>cannot restore {database}: {reason}</source>
        <translation>{database}を復元できません：{reason}</translation>
    </message>
    <message>
        <source>cannot restore {backup}: {reason}</source>
        <translation>{backup}を復元できません：{reason}</translation>
    </message>
    <message>
        <source>cannot create {path}: the folder {folder} does not exist; check the path, or create the folder first</source>
        <translation>{path}を作成できません：フォルダー{folder}が存在しません。パスを確認するか、先にフォルダーを作成してください</translation>
    </message>
    <message>
        <source>not a valid database URL: {chosen}</source>
        <translation>有効なデータベースURLではありません：{chosen}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path}はフォルダーで、データベースファイルではありません</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot be a database</source>
        <translation>{path}は通常のファイルではないため、データベースとして使用できません</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path}は存在しません</translation>
    </message>
    <message>
        <source>cannot create {path}: {folder} is a file, not a folder</source>
        <translation>{path}を作成できません：{folder}はファイルで、フォルダーではありません</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>フォルダー{folder}を作成できません：{reason}</translation>
    </message>
    <message>
        <source>cannot create {path} because {reason}</source>
        <translation>{path}を作成できません：{reason}</translation>
    </message>
    <message>
        <source>cannot use database {database}: {reason}</source>
        <translation>データベース{database}を使用できません：{reason}</translation>
    </message>
    <message>
        <source>{target} is the database {database} itself; not writing over it (choose another file)</source>
        <translation>{target}はデータベース{database}そのものです。上書きしません（別のファイルを選択してください）</translation>
    </message>
    <message>
        <source>{target} is one of the files SQLite and Roundtable keep beside the database {database}; not writing over it (choose another file)</source>
        <translation>{target}は、SQLiteとRoundtableがデータベース{database}の隣に保持するファイルの1つです。上書きしません（別のファイルを選択してください）</translation>
    </message>
    <message>
        <source>{target} is in the backups folder of {database}, which holds Roundtable&apos;s own backups; not writing over it (choose another file)</source>
        <translation>{target}は{database}のバックアップフォルダー内にあります。このフォルダーにはRoundtable自身のバックアップが保存されているため、上書きしません（別のファイルを選択してください）</translation>
    </message>
    <message>
        <source>a duration cannot be negative</source>
        <translation>所要時間を負の値にすることはできません</translation>
    </message>
    <message>
        <source>an agenda item needs a title</source>
        <translation>項目にはタイトルが必要です</translation>
    </message>
    <message>
        <source>an anchor is a clock time, or none</source>
        <translation>固定時刻は時刻で指定するか、なしにしてください</translation>
    </message>
    <message>
        <source>the programme already has a day {day}</source>
        <translation>日程にはすでに{day}があります</translation>
    </message>
    <message>
        <source>the items of this day were changed meanwhile (by another window or user); nothing was moved</source>
        <translation>この日の項目がその間に（別のウィンドウまたはユーザーによって）変更されました。何も移動されませんでした</translation>
    </message>
    <message>
        <source>the speakers of “{title}” were changed meanwhile (by another window or user); nothing was changed</source>
        <translation>「{title}」の登壇者がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>a speaker is listed twice</source>
        <translation>登壇者が2回指定されています</translation>
    </message>
    <message>
        <source>speaking minutes cannot be negative</source>
        <translation>発言時間を負の値にすることはできません</translation>
    </message>
    <message>
        <source>that day of the programme</source>
        <translation>その日程</translation>
    </message>
    <message>
        <source>that agenda item</source>
        <translation>その項目</translation>
    </message>
    <message>
        <source>that seating plan</source>
        <translation>その座席表</translation>
    </message>
    <message>
        <source>someone in this change has left the event meanwhile (another window or user removed them); nothing was changed</source>
        <translation>この変更に含まれる人物が、その間にイベントから外されました（別のウィンドウまたはユーザーによる削除）。何も変更されませんでした</translation>
    </message>
    <message>
        <source>the organisation needs a name</source>
        <translation>組織には名前が必要です</translation>
    </message>
    <message>
        <source>a person needs a given name or a family name</source>
        <translation>人物には名または姓が必要です</translation>
    </message>
    <message>
        <source>an event with id {id} already exists</source>
        <translation>ID {id}のイベントはすでに存在します</translation>
    </message>
    <message>
        <source>“{title}” was changed after you chose to delete it (by another window or user); nothing was deleted. Look at it again first.</source>
        <translation>「{title}」は、削除を選択した後に（別のウィンドウまたはユーザーによって）変更されました。何も削除されませんでした。先にもう一度内容を確認してください。</translation>
    </message>
    <message>
        <source>the event “{title}”</source>
        <translation>イベント「{title}」</translation>
    </message>
    <message>
        <source>the short name {slug} is used by event {event}</source>
        <translation>短縮名{slug}はイベント{event}で使用されています</translation>
    </message>
    <message>
        <source>the day {day}</source>
        <translation>{day}の日程</translation>
    </message>
    <message>
        <source>{things} were changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{things}がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>the event&apos;s organisations</source>
        <translation>イベントの組織</translation>
    </message>
    <message>
        <source>an organisation is listed twice in the same role</source>
        <translation>同じ組織が同じ役割で2回登録されています</translation>
    </message>
    <message>
        <source>the logo of {name} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{name} のロゴはその間に（別のウィンドウまたは別のユーザーによって）変更されました。何も変更されていません</translation>
    </message>
    <message>
        <source>the event&apos;s delegations</source>
        <translation>イベントの代表団</translation>
    </message>
    <message>
        <source>the event&apos;s attachments</source>
        <translation>イベントの添付ファイル</translation>
    </message>
    <message>
        <source>the log entry points at an agenda item of another event, or one removed meanwhile (by another window or user); nothing was saved</source>
        <translation>ログ記録が、別のイベントの項目、またはその間に（別のウィンドウまたはユーザーによって）削除された項目を指しています。何も保存されませんでした</translation>
    </message>
    <message>
        <source>the log entry names a person who is not in the directory</source>
        <translation>ログ記録に、人物名簿にない人物が指定されています</translation>
    </message>
    <message>
        <source>this log entry</source>
        <translation>このログ記録</translation>
    </message>
    <message>
        <source>this log entry was changed meanwhile (by another window or user); nothing was saved</source>
        <translation>このログ記録はその間に（別のウィンドウまたはユーザーによって）変更されました。何も保存されませんでした</translation>
    </message>
    <message>
        <source>someone in this list</source>
        <translation>この一覧の中の人物</translation>
    </message>
    <message>
        <source>{name} already takes part in this event</source>
        <translation>{name}はすでにこのイベントに参加しています</translation>
    </message>
    <message>
        <source>that participant</source>
        <translation>その参加者</translation>
    </message>
    <message>
        <source>the delegation of {name} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{name}の代表団がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>someone in the list</source>
        <translation>一覧の中の人物</translation>
    </message>
    <message>
        <source>the photo of {name} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{name}の写真がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>the affiliations of {name} were changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{name}の所属がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message numerus="yes">
        <source>{name} takes part in %n events; remove them from those events first, or merge them into another person</source>
        <translation>
            <numerusform>{name}は%n件のイベントに参加しています。先にそれらのイベントから外すか、別の人物に統合してください</numerusform>
        </translation>
    </message>
    <message>
        <source>choose two different people to merge</source>
        <translation>統合する異なる2人を選択してください</translation>
    </message>
    <message>
        <source>{day_date} is not a day of the event&apos;s programme</source>
        <translation>{day_date}はイベントの日程に含まれていません</translation>
    </message>
    <message>
        <source>seating plan “{plan}”: {problem}</source>
        <translation>座席表「{plan}」：{problem}</translation>
    </message>
    <message>
        <source>the event already has a seating plan called “{plan}”</source>
        <translation>イベントには「{plan}」という座席表がすでにあります</translation>
    </message>
    <message>
        <source>the seating plan “{plan}” was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>座席表「{plan}」がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>“{plan}” has seats 1 to {last}, not seat {number}</source>
        <translation>「{plan}」の席は1～{last}番です。{number}番席はありません</translation>
    </message>
    <message>
        <source>seat {number} of “{plan}” was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>「{plan}」の{number}番席がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>{name} has declined and cannot be seated</source>
        <translation>{name}は辞退しているため、配席できません</translation>
    </message>
    <message>
        <source>{name} would sit twice in “{plan}” (the plan was changed meanwhile by another window or user); nothing was changed</source>
        <translation>{name}が「{plan}」で2回配席されることになります（その間に別のウィンドウまたはユーザーによって座席表が変更されました）。何も変更されませんでした</translation>
    </message>
    <message>
        <source>a seating rule needs two participants</source>
        <translation>配席ルールには2人の参加者が必要です</translation>
    </message>
    <message>
        <source>a seating rule needs two different people</source>
        <translation>配席ルールには異なる2人が必要です</translation>
    </message>
    <message>
        <source>{first} and {second} already have a rule; remove it first</source>
        <translation>{first}と{second}にはすでにルールがあります。先にそれを削除してください</translation>
    </message>
    <message>
        <source>a person is listed twice among the participants</source>
        <translation>参加者の中に同じ人物が2回登録されています</translation>
    </message>
    <message>
        <source>“{item}” names a speaker or chair who is not a participant of this event</source>
        <translation>「{item}」に、このイベントの参加者ではない登壇者または議長が指定されています</translation>
    </message>
    <message>
        <source>seat {number} of “{plan}” holds someone who is not a participant of this event</source>
        <translation>「{plan}」の{number}番席に、このイベントの参加者ではない人物が配席されています</translation>
    </message>
    <message>
        <source>a seating rule of “{plan}” names someone who is not a participant of this event</source>
        <translation>「{plan}」の配席ルールに、このイベントの参加者ではない人物が指定されています</translation>
    </message>
    <message>
        <source>no event with id {event_id}</source>
        <translation>ID {event_id}のイベントはありません</translation>
    </message>
    <message>
        <source>an event with uid {uid} already exists</source>
        <translation>UID {uid}のイベントはすでに存在します</translation>
    </message>
    <message>
        <source>the disk is full (free some space and try again)</source>
        <translation>ディスクがいっぱいです（空き容量を確保してから、もう一度お試しください）</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>データベースファイルまたはそのフォルダーが読み取り専用です</translation>
    </message>
    <message>
        <source>another program is using the database (try again in a moment)</source>
        <translation>別のプログラムがデータベースを使用しています（しばらくしてから、もう一度お試しください）</translation>
    </message>
    <message>
        <source>the disk reported an error (is it full, removed or failing?)</source>
        <translation>ディスクがエラーを報告しました（容量不足、取り外し、故障の可能性があります）</translation>
    </message>
    <message>
        <source>{database} is a database server; back it up with its own tools</source>
        <translation>{database}はデータベースサーバーです。サーバー側のツールでバックアップしてください</translation>
    </message>
    <message>
        <source>cannot read {database}: {reason}</source>
        <translation>{database}を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>{database} is open read-only, so nothing can be changed; nothing was saved</source>
        <translation>{database}は読み取り専用で開かれているため、変更できません。何も保存されませんでした</translation>
    </message>
    <message>
        <source>the change clashes with existing data ({reason})</source>
        <translation>変更が既存のデータと競合しています（{reason}）</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}; the change was not saved, and everything saved before it is safe</source>
        <translation>{database}に保存できませんでした：{reason}。変更は保存されていませんが、それ以前に保存した内容は安全です</translation>
    </message>
    <message>
        <source>no event with id or slug {text}</source>
        <translation>IDまたは短縮名が{text}のイベントはありません</translation>
    </message>
    <message>
        <source>no attachment with id {attachment_id}</source>
        <translation>ID {attachment_id}の添付ファイルはありません</translation>
    </message>
    <message>
        <source>“{title}” was changed after this copy of it was read (by another window, the command line or another user); nothing was saved. Read it again and redo the change.</source>
        <translation>「{title}」は、このコピーを読み込んだ後に（別のウィンドウ、コマンドライン、または別のユーザーによって）変更されました。何も保存されませんでした。もう一度読み込んで、変更をやり直してください。</translation>
    </message>
    <message>
        <source>it is on a read-only drive</source>
        <translation>読み取り専用のドライブ上にあります</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only</source>
        <translation>フォルダー{folder}が読み取り専用です</translation>
    </message>
    <message>
        <source>{file} is read-only</source>
        <translation>{file}は読み取り専用です</translation>
    </message>
    <message>
        <source>{path} is a folder, where Roundtable keeps the lock file of {database}; move it away and try again</source>
        <translation>{path}はフォルダーですが、その場所にはRoundtableが{database}のロックファイルを保存します。フォルダーを移動してから、もう一度お試しください</translation>
    </message>
    <message>
        <source>cannot open the lock file {path} ({reason})</source>
        <translation>ロックファイル{path}を開けません（{reason}）</translation>
    </message>
    <message>
        <source>no log entry with id {entry_id}</source>
        <translation>ID {entry_id}のログ記録はありません</translation>
    </message>
    <message>
        <source>only a saved log entry can be edited</source>
        <translation>編集できるのは保存済みのログ記録のみです</translation>
    </message>
    <message>
        <source>the log entry points at an agenda item of another event</source>
        <translation>ログ記録が別のイベントの項目を指しています</translation>
    </message>
    <message>
        <source>a log entry needs some text</source>
        <translation>ログ記録にはテキストが必要です</translation>
    </message>
    <message>
        <source>cannot open {name}: {reason}</source>
        <translation>{name}を開けません：{reason}</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Roundtable (schema {revision}); update Roundtable to open it. The file was not changed.</source>
        <translation>{name}は新しいバージョンのRoundtable（スキーマ{revision}）で作成されています。開くにはRoundtableを更新してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>{name}は{problem}</translation>
    </message>
    <message>
        <source>{name} needs updating to this version of Roundtable, which cannot be done read-only because {reason}; open it once where it can be written</source>
        <translation>{name}はこのバージョンのRoundtable用に更新する必要がありますが、読み取り専用では更新できません（{reason}）。書き込み可能な場所で一度開いてください</translation>
    </message>
    <message>
        <source>{name} needs updating to this version of Roundtable, which cannot be done read-only; open it once where it can be written</source>
        <translation>{name}はこのバージョンのRoundtable用に更新する必要がありますが、読み取り専用では更新できません。書き込み可能な場所で一度開いてください</translation>
    </message>
    <message>
        <source>could not update {name} to this version of Roundtable ({reason}); nothing was changed</source>
        <translation>{name}をこのバージョンのRoundtable用に更新できませんでした（{reason}）。何も変更されませんでした</translation>
    </message>
    <message>
        <source>the database changed while it was being opened; try again</source>
        <translation>開いている間にデータベースが変更されました。もう一度お試しください</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>{thing} was removed meanwhile (by another window or user); nothing was changed</source>
        <translation>{thing}はその間に（別のウィンドウまたはユーザーによって）削除されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>the {field} of {thing} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{thing}の{field}がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>{thing} was changed meanwhile (by another window or user); nothing was changed</source>
        <translation>{thing}がその間に（別のウィンドウまたはユーザーによって）変更されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>{thing} is still used by {count} {user}(s); nothing was changed</source>
        <translation>{thing}はまだ{count}件の{user}で使用されています。何も変更されませんでした</translation>
    </message>
    <message>
        <source>{used_by} was added meanwhile (by another window or user) that uses {thing}; nothing was changed</source>
        <translation>その間に（別のウィンドウまたはユーザーによって）{thing}を使用する{used_by}が追加されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>{thing} that this would bring back exists again, changed (by another window or user); nothing was changed</source>
        <translation>この操作で元に戻す{thing}が、変更された状態で（別のウィンドウまたはユーザーによって）再び存在しています。何も変更されませんでした</translation>
    </message>
    <message>
        <source>{thing} that this changes was removed meanwhile (by another window or user); nothing was changed</source>
        <translation>この操作で変更する{thing}は、その間に（別のウィンドウまたはユーザーによって）削除されました。何も変更されませんでした</translation>
    </message>
    <message>
        <source>seat {number}</source>
        <translation>{number}番席</translation>
    </message>
    <message>
        <source>an organisation&apos;s role</source>
        <translation>組織の役割</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>a seating plan</source>
        <translation>座席表</translation>
    </message>
    <message>
        <source>a seat</source>
        <translation>席</translation>
    </message>
    <message>
        <source>a seating rule</source>
        <translation>配席ルール</translation>
    </message>
    <message>
        <source>a log entry</source>
        <translation>ログ記録</translation>
    </message>
    <message>
        <source>an earlier text of a log entry</source>
        <translation>ログ記録の以前のテキスト</translation>
    </message>
    <message>
        <source>a log entry&apos;s person</source>
        <translation>ログ記録の人物</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>an affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>area</source>
        <comment>field</comment>
        <translation>範囲</translation>
    </message>
    <message>
        <source>at</source>
        <comment>field</comment>
        <translation>日時</translation>
    </message>
    <message>
        <source>attendance</source>
        <comment>field</comment>
        <translation>出欠</translation>
    </message>
    <message>
        <source>author</source>
        <comment>field</comment>
        <translation>記入者</translation>
    </message>
    <message>
        <source>category</source>
        <comment>field</comment>
        <translation>分類</translation>
    </message>
    <message>
        <source>chair</source>
        <comment>field</comment>
        <translation>議長</translation>
    </message>
    <message>
        <source>day date</source>
        <comment>field</comment>
        <translation>日程の日付</translation>
    </message>
    <message>
        <source>day</source>
        <comment>field</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>delegation</source>
        <comment>field</comment>
        <translation>代表団</translation>
    </message>
    <message>
        <source>duration</source>
        <comment>field</comment>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>end date</source>
        <comment>field</comment>
        <translation>終了日</translation>
    </message>
    <message>
        <source>end time</source>
        <comment>field</comment>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>ends at</source>
        <comment>field</comment>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>head seat</source>
        <comment>field</comment>
        <translation>上座の席</translation>
    </message>
    <message>
        <source>kind</source>
        <comment>field</comment>
        <translation>種類</translation>
    </message>
    <message>
        <source>label</source>
        <comment>field</comment>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>locked</source>
        <comment>field</comment>
        <translation>固定</translation>
    </message>
    <message>
        <source>name order</source>
        <comment>field</comment>
        <translation>姓名の順</translation>
    </message>
    <message>
        <source>number</source>
        <comment>field</comment>
        <translation>番号</translation>
    </message>
    <message>
        <source>organisation</source>
        <comment>field</comment>
        <translation>組織</translation>
    </message>
    <message>
        <source>occupant</source>
        <comment>field</comment>
        <translation>着席者</translation>
    </message>
    <message>
        <source>photo</source>
        <comment>field</comment>
        <translation>写真</translation>
    </message>
    <message>
        <source>photo crop</source>
        <comment>field</comment>
        <translation>写真のトリミング範囲</translation>
    </message>
    <message>
        <source>attribution rule</source>
        <comment>field</comment>
        <translation>発言の扱い</translation>
    </message>
    <message>
        <source>logo</source>
        <comment>field</comment>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>name on card</source>
        <comment>field</comment>
        <translation>名札の表示名</translation>
    </message>
    <message>
        <source>position</source>
        <comment>field</comment>
        <translation>役職</translation>
    </message>
    <message>
        <source>precedence</source>
        <comment>field</comment>
        <translation>席次</translation>
    </message>
    <message>
        <source>replaced at</source>
        <comment>field</comment>
        <translation>置き換え日時</translation>
    </message>
    <message>
        <source>replaced by</source>
        <comment>field</comment>
        <translation>置き換えた人</translation>
    </message>
    <message>
        <source>role</source>
        <comment>field</comment>
        <translation>役割</translation>
    </message>
    <message>
        <source>round number</source>
        <comment>field</comment>
        <translation>ラウンド番号</translation>
    </message>
    <message>
        <source>rows</source>
        <comment>field</comment>
        <translation>列数</translation>
    </message>
    <message>
        <source>seat count</source>
        <comment>field</comment>
        <translation>席数</translation>
    </message>
    <message>
        <source>seats per side</source>
        <comment>field</comment>
        <translation>1辺あたりの席数</translation>
    </message>
    <message>
        <source>series</source>
        <comment>field</comment>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>shape</source>
        <comment>field</comment>
        <translation>形</translation>
    </message>
    <message>
        <source>size</source>
        <comment>field</comment>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>slot</source>
        <comment>field</comment>
        <translation>時間枠</translation>
    </message>
    <message>
        <source>sort order</source>
        <comment>field</comment>
        <translation>並び順</translation>
    </message>
    <message>
        <source>span</source>
        <comment>field</comment>
        <translation>期間</translation>
    </message>
    <message>
        <source>speaking minutes</source>
        <comment>field</comment>
        <translation>発言時間（分）</translation>
    </message>
    <message>
        <source>start date</source>
        <comment>field</comment>
        <translation>開始日</translation>
    </message>
    <message>
        <source>start time</source>
        <comment>field</comment>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>status</source>
        <comment>field</comment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>text</source>
        <comment>field</comment>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>together</source>
        <comment>field</comment>
        <translation>隣／離す</translation>
    </message>
    <message>
        <source>venue city</source>
        <comment>field</comment>
        <translation>会場の市区町村</translation>
    </message>
    <message>
        <source>venue country</source>
        <comment>field</comment>
        <translation>会場の国</translation>
    </message>
    <message>
        <source>venue name</source>
        <comment>field</comment>
        <translation>会場名</translation>
    </message>
    <message>
        <source>venue postcode</source>
        <comment>field</comment>
        <translation>会場の郵便番号</translation>
    </message>
    <message>
        <source>venue region</source>
        <comment>field</comment>
        <translation>会場の都道府県・州</translation>
    </message>
    <message>
        <source>venue room</source>
        <comment>field</comment>
        <translation>会場の部屋</translation>
    </message>
    <message>
        <source>venue street</source>
        <comment>field</comment>
        <translation>会場の番地</translation>
    </message>
    <message>
        <source>is not a Roundtable database (it has other tables)</source>
        <translation>Roundtableのデータベースではありません（他のテーブルがあります）</translation>
    </message>
    <message>
        <source>has a half-made schema and no schema version (an earlier first start was interrupted); it holds no data, so the next open makes it afresh</source>
        <translation>スキーマが作成途中で、スキーマのバージョンがありません（以前の初回起動が中断されました）。データは含まれていないため、次に開くときに新しく作成されます</translation>
    </message>
    <message>
        <source>has part of Roundtable&apos;s tables but no schema version (its creation was interrupted); it holds data, so Roundtable leaves it alone</source>
        <translation>Roundtableのテーブルの一部がありますが、スキーマのバージョンがありません（作成が中断されました）。データが含まれているため、Roundtableは変更しません</translation>
    </message>
    <message>
        <source>was left half-way through an update from schema {revision} (it already has {names}), so it cannot be updated</source>
        <translation>スキーマ{revision}からの更新が途中で止まっているため（すでに{names}があります）、更新できません</translation>
    </message>
    <message>
        <source>lacks part of its schema {revision} ({names})</source>
        <translation>スキーマ{revision}の一部（{names}）が欠けています</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names}ほか{count}件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>読み取れません（{reason}）</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>空です（0バイト）</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>SQLiteデータベースではありません</translation>
    </message>
    <message>
        <source>cannot be read here: its latest changes are still in {file}-wal, which cannot be read while the file cannot be written; open it once where it can</source>
        <translation>ここでは読み取れません。最新の変更がまだ{file}-walにあり、このファイルに書き込めない状態では読み取れないためです。書き込み可能な場所で一度開いてください</translation>
    </message>
    <message>
        <source>failed its integrity check ({findings})</source>
        <translation>整合性チェックに失敗しました（{findings}）</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <translation>破損しています（{reason}）</translation>
    </message>
    <message>
        <source>was written by a newer version of Roundtable (schema {revision})</source>
        <translation>新しいバージョンのRoundtableで作成されています（スキーマ{revision}）</translation>
    </message>
    <message>
        <source>is larger than 50 MB</source>
        <translation>50MBを超えています</translation>
    </message>
    <message>
        <source>cannot lock {path}: {reason}</source>
        <translation>{path}をロックできません：{reason}</translation>
    </message>
    <message>
        <source>other programs are writing to {database} (a Roundtable window or command), so the restore gave up after waiting {seconds} s; try again when they have finished</source>
        <translation>他のプログラム（Roundtableのウィンドウまたはコマンド）が{database}に書き込んでいるため、{seconds}秒待った後に復元を中止しました。それらが終了してから、もう一度お試しください</translation>
    </message>
    <message>
        <source>other programs are writing to {database} (a Roundtable window or command), so the restore gave up at once; try again when they have finished</source>
        <translation>他のプログラム（Roundtableのウィンドウまたはコマンド）が{database}に書き込んでいるため、復元をすぐに中止しました。それらが終了してから、もう一度お試しください</translation>
    </message>
    <message>
        <source>a restore of {database} is under way, so this gave up after waiting {seconds} s; try again when it has finished</source>
        <translation>{database}の復元が進行中のため、{seconds}秒待った後に中止しました。復元が終了してから、もう一度お試しください</translation>
    </message>
    <message>
        <source>a restore of {database} is under way, so this gave up at once; try again when it has finished</source>
        <translation>{database}の復元が進行中のため、すぐに中止しました。復元が終了してから、もう一度お試しください</translation>
    </message>
    <message>
        <source>cannot open the lock file {path} ({reason}); check that its folder can be written</source>
        <translation>ロックファイル{path}を開けません（{reason}）。そのフォルダーに書き込めるか確認してください</translation>
    </message>
    <message>
        <source>{where}: {value} is not a time like 2017-03-15T07:00:00Z</source>
        <translation>{where}：{value}は2017-03-15T07:00:00Zのような日時ではありません</translation>
    </message>
    <message>
        <source>{where}: {value} needs its zone (end it with Z for UTC)</source>
        <translation>{where}：{value}にはタイムゾーンが必要です（UTCの場合は末尾にZを付けてください）</translation>
    </message>
    <message>
        <source>{where}: {value} {problem}</source>
        <translation>{where}：{value}は{problem}</translation>
    </message>
    <message>
        <source>{where}.day: {value} is not a date</source>
        <translation>{where}.day：{value}は日付ではありません</translation>
    </message>
    <message>
        <source>{where}.people[{index}]: {uid} is not a participant</source>
        <translation>{where}.people[{index}]：{uid}は参加者ではありません</translation>
    </message>
    <message>
        <source>A4 landscape, one card per sheet</source>
        <translation>A4（横）、用紙1枚に名札1枚</translation>
    </message>
    <message>
        <source>US Letter landscape, one card per sheet</source>
        <translation>US Letter（横）、用紙1枚に名札1枚</translation>
    </message>
    <message>
        <source>Avery 5305 (2½″ × 8½″), two per Letter sheet</source>
        <translation>Avery 5305（2½″×8½″）、Letter用紙1枚に2枚</translation>
    </message>
    <message>
        <source>A4, two cards per sheet</source>
        <translation>A4、用紙1枚に名札2枚</translation>
    </message>
    <message>
        <source>Order of precedence</source>
        <translation>席次順</translation>
    </message>
    <message>
        <source>By seat</source>
        <translation>席順</translation>
    </message>
    <message>
        <source>As picked</source>
        <translation>選択した順</translation>
    </message>
    <message>
        <source>this event has no seating plan yet: make one on the Seating tab</source>
        <translation>このイベントにはまだ座席表がありません。座席タブで作成してください</translation>
    </message>
    <message>
        <source>no seating plan {plan} in this event (plans: {plans})</source>
        <translation>このイベントに座席表{plan}はありません（座席表：{plans}）</translation>
    </message>
    <message>
        <source>unknown order {order}; use {orders}</source>
        <translation>並び順{order}は不明です。{orders}のいずれかを指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen participants are no longer in this event</source>
        <translation>
            <numerusform>選択した参加者のうち%n人は、すでにこのイベントから外れています</numerusform>
        </translation>
    </message>
    <message>
        <source>the order &apos;as picked&apos; needs a hand-picked list of participants</source>
        <translation>並び順「選択した順」には、手動で選んだ参加者の一覧が必要です</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}：{problem}</translation>
    </message>
    <message>
        <source>no participant {reference} in this event</source>
        <translation>このイベントに参加者{reference}はいません</translation>
    </message>
    <message>
        <source>{reference} names {count} participants; use their uid</source>
        <translation>{reference}に該当する参加者が{count}人います。uidで指定してください</translation>
    </message>
    <message>
        <source>cannot export participants as {suffix}; name the file .csv or .xlsx</source>
        <translation>参加者を{suffix}ファイルとしてエクスポートすることはできません。ファイル名の拡張子を.csvまたは.xlsxにしてください</translation>
    </message>
    <message>
        <source>cannot export participants as a file without a suffix; name the file .csv or .xlsx</source>
        <translation>拡張子のないファイルには参加者をエクスポートできません。ファイル名の拡張子を.csvまたは.xlsxにしてください</translation>
    </message>
    <message>
        <source>an XLSX file has no text encoding; leave the encoding out, or export a .csv</source>
        <translation>XLSXファイルにはテキストエンコーディングがありません。エンコーディングの指定を外すか、.csvでエクスポートしてください</translation>
    </message>
    <message>
        <source>{person} cannot be written in {encoding}: the {column} holds ‘{char}’, which that encoding has no letter for; nothing was written. Export as UTF-8 with BOM instead</source>
        <translation>{person}を{encoding}で書き出せません：{column}に含まれる「{char}」は、このエンコーディングでは表せない文字です。何も書き出されませんでした。代わりにUTF-8（BOM付き）でエクスポートしてください</translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <source>{where}: expected {expected}, found {value}</source>
        <translation>{where}：{expected}が必要ですが、{value}になっています</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {choices}</source>
        <translation>{where}：{value}は{choices}のいずれでもありません</translation>
    </message>
    <message>
        <source>{where}: must not be empty</source>
        <translation>{where}：空にはできません</translation>
    </message>
    <message>
        <source>{where}: longer than {most} characters</source>
        <translation>{where}：{most}文字を超えています</translation>
    </message>
    <message>
        <source>{where}: {value} is not in the expected form</source>
        <translation>{where}：{value}は想定された形式ではありません</translation>
    </message>
    <message>
        <source>{where}: must be at least {least}</source>
        <translation>{where}：{least}以上でなければなりません</translation>
    </message>
    <message>
        <source>{where}: must be at most {most}</source>
        <translation>{where}：{most}以下でなければなりません</translation>
    </message>
    <message>
        <source>{where}: missing {key}</source>
        <translation>{where}：{key}がありません</translation>
    </message>
    <message>
        <source>{where}: unknown field</source>
        <translation>{where}：不明なフィールドです</translation>
    </message>
    <message>
        <source>{where}: more than {most} entries</source>
        <translation>{where}：項目数が{most}件を超えています</translation>
    </message>
    <message>
        <source>Photo crop</source>
        <translation>写真のトリミング</translation>
    </message>
    <message>
        <source>The part of the photo that prints: drag the frame, or move it with the arrow keys</source>
        <translation>写真の印刷される部分。枠をドラッグするか、矢印キーで移動</translation>
    </message>
    <message>
        <source>Photo crop size</source>
        <translation>トリミング枠のサイズ</translation>
    </message>
    <message>
        <source>Smaller frame: less of the photo, larger in print</source>
        <translation>枠を小さくすると、写真の範囲は狭く、印刷は大きく</translation>
    </message>
    <message>
        <source>&amp;Automatic crop</source>
        <translation>自動トリミング(&amp;A)</translation>
    </message>
    <message>
        <source>The largest portrait frame, centred across and on the upper third</source>
        <translation>縦長で最大の枠を、左右は中央、上下は上から3分の1の位置に配置</translation>
    </message>
    <message>
        <source>{name} ({characters})</source>
        <translation>{name}（{characters}）</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names contain characters no font can print: {names}</source>
        <translation>
            <numerusform>%n件の名前に、どのフォントでも印刷できない文字が含まれています：{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list in running text</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of a sentence</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>ログフォルダー</translation>
    </message>
    <message>
        <source>Roundtable&apos;s log files are in this folder:
{folder}</source>
        <translation>Roundtable のログファイルはこのフォルダーにあります:
{folder}</translation>
    </message>
    <message>
        <source>Your data is safe: every change is saved as it is made.</source>
        <translation>データは安全です。変更はその都度保存されています。</translation>
    </message>
    <message>
        <source>Please copy the details and send them to {address}, with what you were doing.</source>
        <translation>詳細をコピーし、そのとき何をしていたかを添えて {address} に送ってください。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>(already in)</source>
        <translation>（到着済み）</translation>
    </message>
    <message>
        <source>Arriving guest</source>
        <translation>到着者</translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Return</source>
        <translation>名前を数文字入力してEnterキー</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>該当する参加者</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Up and Down choose among the matches; Escape closes.</source>
        <translation>上下キーで候補を選択し、Escキーで閉じます。</translation>
    </message>
    <message>
        <source>Nobody expected matches “{text}”. Press Return twice to add them as a walk-in.</source>
        <translation>「{text}」に該当する出席予定者はいません。Enterキーを2回押すと当日参加者として追加します。</translation>
    </message>
    <message>
        <source>Nobody expected matches “{text}”. Press Return again to add them as a walk-in.</source>
        <translation>「{text}」に該当する出席予定者はいません。もう一度Enterキーを押すと当日参加者として追加します。</translation>
    </message>
    <message>
        <source>{name} is already marked as arrived.</source>
        <translation>{name}はすでに到着済みです。</translation>
    </message>
    <message>
        <source>{name} arrived.</source>
        <translation>{name}が到着しました。</translation>
    </message>
    <message>
        <source>{name} added as a walk-in and arrived.</source>
        <translation>{name}を当日参加者として追加し、到着済みにしました。</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>要対応%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderator’s brief</source>
        <translation>司会者用資料</translation>
    </message>
    <message>
        <source>{title} — Moderator’s brief</source>
        <translation>{title} — 司会者用資料</translation>
    </message>
    <message>
        <source>This meeting is on the record: what is said may be reported and attributed to the speaker by name.</source>
        <translation>この会議はオンレコです。発言内容は、発言者の名前とともに報道・引用される場合があります。</translation>
    </message>
    <message>
        <source>This meeting is held under the Chatham House Rule: participants are free to use the information received, but neither the identity nor the affiliation of the speaker(s), nor that of any other participant, may be revealed.</source>
        <translation>この会議はチャタムハウス・ルールのもとで行われます。参加者は会議で得た情報を自由に利用できますが、発言者の身元や所属、その他の参加者の身元や所属を明らかにしてはなりません。</translation>
    </message>
    <message>
        <source>This meeting is off the record: nothing said here may be reported, quoted or attributed.</source>
        <translation>この会議はオフレコです。ここでの発言を報道、引用したり、発言者を明らかにしたりすることはできません。</translation>
    </message>
    <message>
        <source>No house rules set (recording, press, photography).</source>
        <translation>会場のルール（録音、報道、写真撮影）が設定されていません。</translation>
    </message>
    <message>
        <source>5 min left</source>
        <translation>残り5分</translation>
    </message>
    <message>
        <source>wrap up</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>Run sheet</source>
        <translation>進行表</translation>
    </message>
    <message>
        <source>No agenda yet: add items on the Agenda tab for the run sheet, its cues and the introductions.</source>
        <translation>まだアジェンダがありません。進行表、合図、紹介のために、アジェンダタブで項目を追加してください。</translation>
    </message>
    <message>
        <source>Item and turns</source>
        <translation>項目と発言</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>持ち時間</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>合図</translation>
    </message>
    <message>
        <source>Open discussion</source>
        <translation>自由討議</translation>
    </message>
    <message>
        <source>whole item</source>
        <translation>項目全体</translation>
    </message>
    <message>
        <source>set</source>
        <translation>指定時間</translation>
    </message>
    <message>
        <source>equal share</source>
        <translation>均等割り</translation>
    </message>
    <message>
        <source>Cues: “5 min left” five minutes before the end of an item or turn longer than five minutes; “wrap up” two minutes before the end.</source>
        <translation>合図：5分を超える項目や発言では、終了5分前に「残り5分」、終了2分前に「まとめ」。</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names}、{last}</translation>
    </message>
    <message>
        <source>No chair or moderator is set: decide who introduces {names}.</source>
        <translation>議長もモデレーターも設定されていません。{names}を誰が紹介するか決めてください。</translation>
    </message>
    <message>
        <source>{who} introduces {names}, in that order.</source>
        <translation>{who}が{names}の順に紹介します。</translation>
    </message>
    <message>
        <source>{who} introduces {names}.</source>
        <translation>{who}が{names}を紹介します。</translation>
    </message>
    <message>
        <source>Who introduces whom</source>
        <translation>紹介の担当</translation>
    </message>
    <message>
        <source>No speakers on the agenda yet.</source>
        <translation>アジェンダにまだ登壇者がいません。</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>まだアジェンダがありません。</translation>
    </message>
    <message>
        <source>Each item’s chair introduces its speakers in order; without a chair, the event’s moderator does.</source>
        <translation>各項目の議長がその項目の登壇者を順に紹介します。議長がいない場合は、イベントのモデレーターが紹介します。</translation>
    </message>
    <message>
        <source>Speakers: names as they are said</source>
        <translation>登壇者：名前の読み方</translation>
    </message>
    <message>
        <source>No speakers and no participants yet.</source>
        <translation>まだ登壇者も参加者もいません。</translation>
    </message>
    <message>
        <source>No speakers on the agenda yet: the participants instead.</source>
        <translation>アジェンダにまだ登壇者がいないため、代わりに参加者を掲載します。</translation>
    </message>
    <message>
        <source>say:</source>
        <translation>読み：</translation>
    </message>
    <message>
        <source>No bio on file.</source>
        <translation>略歴の登録はありません。</translation>
    </message>
    <message>
        <source>No seating plan yet: make one on the Seating tab.</source>
        <translation>まだ座席表がありません。座席タブで作成してください。</translation>
    </message>
    <message>
        <source>House rules, to read out at the opening</source>
        <translation>会場のルール（開会時に読み上げ）</translation>
    </message>
    <message>
        <source>No house rules set: say whether the meeting may be recorded, photographed or reported by the press.</source>
        <translation>会場のルールが設定されていません。録音、写真撮影、報道の可否を伝えてください。</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>受付名簿</translation>
    </message>
    <message>
        <source>The event has no participants.</source>
        <translation>このイベントには参加者がいません。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>{title} — Sign-in sheet</source>
        <translation>{title} — 受付名簿</translation>
    </message>
    <message>
        <source>Not on the list? Please write your name and affiliation below.</source>
        <translation>名簿にお名前がない方は、下の欄にお名前とご所属をご記入ください。</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>attendance list</comment>
        <translation>出席</translation>
    </message>
    <message>
        <source>Apologies</source>
        <comment>attendance list</comment>
        <translation>欠席連絡あり</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>attendance list</comment>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Expected</source>
        <comment>attendance list</comment>
        <translation>出席予定</translation>
    </message>
    <message>
        <source>Arrived: {name}</source>
        <translation>到着：{name}</translation>
    </message>
    <message>
        <source>Mark {name} arrived</source>
        <translation>{name}を到着済みにする</translation>
    </message>
    <message>
        <source>Add walk-in {name}</source>
        <translation>当日参加者として{name}を追加</translation>
    </message>
    <message>
        <source>Hosted at</source>
        <translation>会場提供</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>To be announced</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>{title} — Flyer</source>
        <translation>{title} — チラシ</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>チラシ</translation>
    </message>
    <message>
        <source>nothing found: the page does not state {what}</source>
        <translation>見つかりません：ページに{what}の記載がありません</translation>
    </message>
    <message>
        <source>from the city</source>
        <translation>都市名から判断</translation>
    </message>
    <message>
        <source>a programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>a series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>a round</source>
        <translation>ラウンド</translation>
    </message>
    <message>
        <source>what kind of event it is</source>
        <translation>イベントの種類</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>a short title</source>
        <translation>短縮タイトル</translation>
    </message>
    <message>
        <source>a subtitle</source>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>an end time</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>a time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>a venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>a room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <source>a street</source>
        <translation>番地</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>a region</source>
        <translation>都道府県・地域</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>a country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>a summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>an RSVP</source>
        <translation>出欠の連絡</translation>
    </message>
    <message>
        <source>the e-mail has no text or HTML part</source>
        <translation>メールにテキストまたはHTMLの本文がありません</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <translation>{name}を読み取れません：{reason}</translation>
    </message>
    <message>
        <source>cannot read {name}: use a .txt, .html, .eml, .docx or .pdf file</source>
        <translation>{name}を読み取れません：.txt、.html、.eml、.docx、.pdfのいずれかのファイルを使用してください</translation>
    </message>
    <message>
        <source>the announcement gives no date; enter the event&apos;s date first</source>
        <translation>告知文に日付がありません。先にイベントの日付を入力してください</translation>
    </message>
    <message>
        <source>the announcement gives no title; enter the event&apos;s title first</source>
        <translation>告知文にタイトルがありません。先にイベントのタイトルを入力してください</translation>
    </message>
</context>
</TS>
