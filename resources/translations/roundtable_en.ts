<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add a %n-minute session</source>
        <translation>
            <numerusform>Add a %n-minute session</numerusform>
            <numerusform>Add a %n-minute session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n items from the agenda? (Edit ▸ Undo brings it back.)</source>
        <translation>
            <numerusform>Remove this item from the agenda? (Edit ▸ Undo brings it back.)</numerusform>
            <numerusform>Remove these %n items from the agenda? (Edit ▸ Undo brings it back.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type a time such as 14:30, 1430, 14 or 2:30 pm, or leave it empty for none; Up and Down change it by %n minutes</source>
        <translation>
            <numerusform>Type a time such as 14:30, 1430, 14 or 2:30 pm, or leave it empty for none; Up and Down change it by %n minute</numerusform>
            <numerusform>Type a time such as 14:30, 1430, 14 or 2:30 pm, or leave it empty for none; Up and Down change it by %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No programme days are made for an event of more than %n days; add them on its Agenda tab.</source>
        <translation>
            <numerusform>No programme days are made for an event of more than %n day; add them on its Agenda tab.</numerusform>
            <numerusform>No programme days are made for an event of more than %n days; add them on its Agenda tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, {start}–{end} each, ready for its agenda.</source>
        <translation>
            <numerusform>The new event gets one programme day, {start}–{end}, ready for its agenda.</numerusform>
            <numerusform>The new event gets %n programme days, one for each date, {start}–{end} each, ready for its agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, from {start} on the first to {end} on the last, ready for its agenda.</source>
        <translation>
            <numerusform>The new event gets one programme day, {start}–{end}, ready for its agenda.</numerusform>
            <numerusform>The new event gets %n programme days, one for each date, from {start} on the first to {end} on the last, ready for its agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, the first from {start}, ready for its agenda.</source>
        <translation>
            <numerusform>The new event gets one programme day, from {start}, ready for its agenda.</numerusform>
            <numerusform>The new event gets %n programme days, one for each date, the first from {start}, ready for its agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new event gets %n programme days, one for each date, ready for its agenda.</source>
        <translation>
            <numerusform>The new event gets one programme day, ready for its agenda.</numerusform>
            <numerusform>The new event gets %n programme days, one for each date, ready for its agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{seated} of %n participants seated</source>
        <translation>
            <numerusform>{seated} of %n participant seated</numerusform>
            <numerusform>{seated} of %n participants seated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reserved</source>
        <comment>seats</comment>
        <translation>
            <numerusform>%n reserved</numerusform>
            <numerusform>%n reserved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{group}: %n events</source>
        <translation>
            <numerusform>{group}: %n event</numerusform>
            <numerusform>{group}: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{years} · %n events</source>
        <translation>
            <numerusform>{years} · %n event</numerusform>
            <numerusform>{years} · %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edited before: %n earlier versions.</source>
        <translation>
            <numerusform>Edited before: %n earlier version.</numerusform>
            <numerusform>Edited before: %n earlier versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edited; %n earlier versions below the list.</source>
        <translation>
            <numerusform>Edited; %n earlier version below the list.</numerusform>
            <numerusform>Edited; %n earlier versions below the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>{shown} of %n shown</numerusform>
            <numerusform>{shown} of %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speaker {number} of %n, {minutes} min more</source>
        <translation>
            <numerusform>Speaker {number} of %n, {minutes} min more</numerusform>
            <numerusform>Speaker {number} of %n, {minutes} min more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Speaker {number} of %n</source>
        <translation>
            <numerusform>Speaker {number} of %n</numerusform>
            <numerusform>Speaker {number} of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n participants&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n participant&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n participants&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people from “{event}”?

They stay in the directory, and Edit ▸ Undo puts them back with their role, delegation and place in the order.</source>
        <translation>
            <numerusform>Remove this person from “{event}”?

They stay in the directory, and Edit ▸ Undo puts them back with their role, delegation and place in the order.</numerusform>
            <numerusform>Remove these %n people from “{event}”?

They stay in the directory, and Edit ▸ Undo puts them back with their role, delegation and place in the order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participants to {path}</source>
        <translation>
            <numerusform>Exported %n participant to {path}</numerusform>
            <numerusform>Exported %n participants to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n people</source>
        <translation>
            <numerusform>Add %n person</numerusform>
            <numerusform>Add %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} in the directory and not yet in the event</source>
        <translation>
            <numerusform>{count} in the directory and not yet in the event</numerusform>
            <numerusform>{count} in the directory and not yet in the event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} found</source>
        <translation>
            <numerusform>{count} found</numerusform>
            <numerusform>{count} found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{name}&lt;/b&gt; may already be in the directory: these %n people have the same name (ignoring case, accents and name order) or the same email.</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; may already be in the directory: this person has the same name (ignoring case, accents and name order) or the same email.</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; may already be in the directory: these %n people have the same name (ignoring case, accents and name order) or the same email.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{other}’s %n participations move to {kept}, with role, delegation and attendance.</source>
        <translation>
            <numerusform>{other}’s %n participation moves to {kept}, with role, delegation and attendance.</numerusform>
            <numerusform>{other}’s %n participations move to {kept}, with role, delegation and attendance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} person</numerusform>
            <numerusform>{count} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} people</source>
        <translation>
            <numerusform>{shown} of {total} person</numerusform>
            <numerusform>{shown} of {total} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people selected.</source>
        <translation>
            <numerusform>%n person selected.</numerusform>
            <numerusform>%n people selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} takes part in %n events, so they stay in the directory:

{events}

Remove them from those events first (Participants tab), or, if this is a second record of someone, merge it into the other one (Edit ▸ Merge people…): their participations move with it.</source>
        <translation>
            <numerusform>{name} takes part in %n event, so they stay in the directory:

{events}

Remove them from those events first (Participants tab), or, if this is a second record of someone, merge it into the other one (Edit ▸ Merge people…): their participations move with it.</numerusform>
            <numerusform>{name} takes part in %n events, so they stay in the directory:

{events}

Remove them from those events first (Participants tab), or, if this is a second record of someone, merge it into the other one (Edit ▸ Merge people…): their participations move with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n paragraphs</source>
        <translation>
            <numerusform>in %n paragraph</numerusform>
            <numerusform>in %n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words {in_paragraphs} — long for a booklet page; about 150 words fit well</source>
        <translation>
            <numerusform>%n word {in_paragraphs} — long for a booklet page; about 150 words fit well</numerusform>
            <numerusform>%n words {in_paragraphs} — long for a booklet page; about 150 words fit well</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words {in_paragraphs}</source>
        <translation>
            <numerusform>%n word {in_paragraphs}</numerusform>
            <numerusform>%n words {in_paragraphs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected in the Participants tab</source>
        <translation>
            <numerusform>Only the person selected in the Participants tab</numerusform>
            <numerusform>Only the %n selected in the Participants tab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{cards} on %n sheets</source>
        <translation>
            <numerusform>{cards} on %n sheet</numerusform>
            <numerusform>{cards} on %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages · {paper}</source>
        <translation>
            <numerusform>%n page · {paper}</numerusform>
            <numerusform>%n pages · {paper}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to {printer}</source>
        <translation>
            <numerusform>%n page sent to {printer}</numerusform>
            <numerusform>%n pages sent to {printer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n plans</source>
        <translation>
            <numerusform>The one plan</numerusform>
            <numerusform>All %n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep the plan&apos;s pair rules (%n rules)</source>
        <translation>
            <numerusform>&amp;Keep the plan&apos;s pair rules (%n rule)</numerusform>
            <numerusform>&amp;Keep the plan&apos;s pair rules (%n rules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: %n rules broken (0 is best).</source>
        <translation>
            <numerusform>&lt;b&gt;Score {score}&lt;/b&gt;: %n rule broken (0 is best).</numerusform>
            <numerusform>&lt;b&gt;Score {score}&lt;/b&gt;: %n rules broken (0 is best).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats taken</source>
        <translation>
            <numerusform>%n seat taken</numerusform>
            <numerusform>%n seats taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats taken, nobody moved</source>
        <translation>
            <numerusform>%n seat taken, nobody moved</numerusform>
            <numerusform>%n seats taken, nobody moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rules broken, listed under Rules broken</source>
        <translation>
            <numerusform>%n rule broken, listed under Rules broken</numerusform>
            <numerusform>%n rules broken, listed under Rules broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declined and are not listed.</source>
        <translation>
            <numerusform>%n declined and is not listed.</numerusform>
            <numerusform>%n declined and are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup with %n events was saved in the folder
{folder}
as {file}.</source>
        <translation>
            <numerusform>A backup with %n event was saved in the folder
{folder}
as {file}.</numerusform>
            <numerusform>A backup with %n events was saved in the folder
{folder}
as {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roundtable keeps the last %n backups and one from every month; File ▸ Restore from backup lists them.</source>
        <translation>
            <numerusform>Roundtable keeps the latest backup and one from every month; File ▸ Restore from backup lists them.</numerusform>
            <numerusform>Roundtable keeps the last %n backups and one from every month; File ▸ Restore from backup lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from {when}, with %n events ({how})</source>
        <translation>
            <numerusform>from {when}, with %n event ({how})</numerusform>
            <numerusform>from {when}, with %n events ({how})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from {when}, with %n events</source>
        <translation>
            <numerusform>from {when}, with %n event</numerusform>
            <numerusform>from {when}, with %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too little room to print %n of the names here: see the seat list.</source>
        <translation>
            <numerusform>Too little room to print %n of the names here: see the seat list.</numerusform>
            <numerusform>Too little room to print %n of the names here: see the seat list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{taken} of %n seats taken.</source>
        <translation>
            <numerusform>{taken} of %n seat taken.</numerusform>
            <numerusform>{taken} of %n seats taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{time} (+%n days)</source>
        <translation>
            <numerusform>{time} (+%n day)</numerusform>
            <numerusform>{time} (+%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{time} (-%n days)</source>
        <translation>
            <numerusform>{time} (-%n day)</numerusform>
            <numerusform>{time} (-%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{title}” at {time} leaves a %n-minute gap after “{previous}”.</source>
        <translation>
            <numerusform>“{title}” at {time} leaves a %n-minute gap after “{previous}”.</numerusform>
            <numerusform>“{title}” at {time} leaves a %n-minute gap after “{previous}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{previous}” overlaps the anchored “{title}” ({time}) by %n minutes.</source>
        <translation>
            <numerusform>“{previous}” overlaps the anchored “{title}” ({time}) by %n minute.</numerusform>
            <numerusform>“{previous}” overlaps the anchored “{title}” ({time}) by %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The speakers&apos; set times in “{title}” add up to %n minutes, {over} more than its {duration}.</source>
        <translation>
            <numerusform>The speakers&apos; set times in “{title}” add up to %n minute, {over} more than its {duration}.</numerusform>
            <numerusform>The speakers&apos; set times in “{title}” add up to %n minutes, {over} more than its {duration}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clocks go forward %n minutes during “{title}”; it still lasts {duration} and ends at {time}.</source>
        <translation>
            <numerusform>The clocks go forward %n minute during “{title}”; it still lasts {duration} and ends at {time}.</numerusform>
            <numerusform>The clocks go forward %n minutes during “{title}”; it still lasts {duration} and ends at {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clocks go back %n minutes during “{title}”; it still lasts {duration} and ends at {time}.</source>
        <translation>
            <numerusform>The clocks go back %n minute during “{title}”; it still lasts {duration} and ends at {time}.</numerusform>
            <numerusform>The clocks go back %n minutes during “{title}”; it still lasts {duration} and ends at {time}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first item, “{title}”, starts at {time}, %n minutes after the slot opens ({opens}).</source>
        <translation>
            <numerusform>The first item, “{title}”, starts at {time}, %n minute after the slot opens ({opens}).</numerusform>
            <numerusform>The first item, “{title}”, starts at {time}, %n minutes after the slot opens ({opens}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{title}” starts at {time}, %n minutes before the slot opens ({opens}).</source>
        <translation>
            <numerusform>“{title}” starts at {time}, %n minute before the slot opens ({opens}).</numerusform>
            <numerusform>“{title}” starts at {time}, %n minutes before the slot opens ({opens}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day ends at {time}, %n minutes before the end of its slot ({end}).</source>
        <translation>
            <numerusform>The day ends at {time}, %n minute before the end of its slot ({end}).</numerusform>
            <numerusform>The day ends at {time}, %n minutes before the end of its slot ({end}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The day runs %n minutes past the end of its slot ({end}).</source>
        <translation>
            <numerusform>The day runs %n minute past the end of its slot ({end}).</numerusform>
            <numerusform>The day runs %n minutes past the end of its slot ({end}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From {start} to {end} there are {available}, but the anchored items and breaks take {fixed} and the %n flexible items need at least {least}; shorten or remove something first.</source>
        <translation>
            <numerusform>From {start} to {end} there are {available}, but the anchored items and breaks take {fixed} and the flexible item needs at least {least}; shorten or remove something first.</numerusform>
            <numerusform>From {start} to {end} there are {available}, but the anchored items and breaks take {fixed} and the %n flexible items need at least {least}; shorten or remove something first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there is no column {number}; the file has %n columns</source>
        <translation>
            <numerusform>there is no column {number}; the file has %n column</numerusform>
            <numerusform>there is no column {number}; the file has %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a quote opened on line {start} closes only on line {end}, so lines {start}–{end} were read as one row of %n cells where the header has {width}; check the quotes</source>
        <translation>
            <numerusform>a quote opened on line {start} closes only on line {end}, so lines {start}–{end} were read as one row of %n cell where the header has {width}; check the quotes</numerusform>
            <numerusform>a quote opened on line {start} closes only on line {end}, so lines {start}–{end} were read as one row of %n cells where the header has {width}; check the quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items up</source>
        <translation>
            <numerusform>Move %n item up</numerusform>
            <numerusform>Move %n items up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items down</source>
        <translation>
            <numerusform>Move %n item down</numerusform>
            <numerusform>Move %n items down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n items</source>
        <translation>
            <numerusform>Remove %n item</numerusform>
            <numerusform>Remove %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n participants to {event}</source>
        <translation>
            <numerusform>Add %n participant to {event}</numerusform>
            <numerusform>Add %n participants to {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participants from {event}</source>
        <translation>
            <numerusform>Remove %n participant from {event}</numerusform>
            <numerusform>Remove %n participants from {event}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants up</source>
        <translation>
            <numerusform>Move %n participant up</numerusform>
            <numerusform>Move %n participants up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants down</source>
        <translation>
            <numerusform>Move %n participant down</numerusform>
            <numerusform>Move %n participants down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participants</source>
        <translation>
            <numerusform>Move %n participant</numerusform>
            <numerusform>Move %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>‘{text}’ holds %n email addresses; keep one</source>
        <translation>
            <numerusform>‘{text}’ holds %n email address; keep one</numerusform>
            <numerusform>‘{text}’ holds %n email addresses; keep one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>matches %n people in the directory by email: {people}; pick one, or add an email address that tells them apart</source>
        <translation>
            <numerusform>matches %n person in the directory by email: {people}; pick one, or add an email address that tells them apart</numerusform>
            <numerusform>matches %n people in the directory by email: {people}; pick one, or add an email address that tells them apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>matches %n people in the directory by name: {people}; pick one, or add an email address that tells them apart</source>
        <translation>
            <numerusform>matches %n person in the directory by name: {people}; pick one, or add an email address that tells them apart</numerusform>
            <numerusform>matches %n people in the directory by name: {people}; pick one, or add an email address that tells them apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n rows: {new} new people, {existing} already in the directory, {skipped} skipped</source>
        <translation>
            <numerusform>{source}: %n row: {new} new people, {existing} already in the directory, {skipped} skipped</numerusform>
            <numerusform>{source}: %n rows: {new} new people, {existing} already in the directory, {skipped} skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems; nothing is imported until they are fixed:</source>
        <translation>
            <numerusform>%n problem; nothing is imported until it is fixed:</numerusform>
            <numerusform>%n problems; nothing is imported until they are fixed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n participants into “{title}”</source>
        <translation>
            <numerusform>Import %n participant into “{title}”</numerusform>
            <numerusform>Import %n participants into “{title}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No seat for {names}: %n participants for {seats} seats.</source>
        <translation>
            <numerusform>No seat for {names}: %n participant for {seats} seats.</numerusform>
            <numerusform>No seat for {names}: %n participants for {seats} seats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} takes part in %n events; remove them from those events first, or merge them into another person</source>
        <translation>
            <numerusform>{name} takes part in %n event; remove them from those events first, or merge them into another person</numerusform>
            <numerusform>{name} takes part in %n events; remove them from those events first, or merge them into another person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>possibly one of %n people: choose…</source>
        <translation>
            <numerusform>possibly a person in the directory: choose…</numerusform>
            <numerusform>possibly one of %n people: choose…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>choose one of %n…</source>
        <translation>
            <numerusform>choose one of %n…</numerusform>
            <numerusform>choose one of %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n rows. Which participant field each column fills: recognised columns are filled in; click a field to change it, or choose Ignore to leave a column out.</source>
        <translation>
            <numerusform>{source}: %n row. Which participant field each column fills: recognised columns are filled in; click a field to change it, or choose Ignore to leave a column out.</numerusform>
            <numerusform>{source}: %n rows. Which participant field each column fills: recognised columns are filled in; click a field to change it, or choose Ignore to leave a column out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the directory</source>
        <translation>
            <numerusform>%n already in the directory</numerusform>
            <numerusform>%n already in the directory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems to fix</source>
        <translation>
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows may be people already in the directory: choose in their Match cell whether they are, or new people.</source>
        <translation>
            <numerusform>%n row may be someone already in the directory: choose in its Match cell whether they are, or a new person.</numerusform>
            <numerusform>%n rows may be people already in the directory: choose in their Match cell whether they are, or new people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen participants are no longer in this event</source>
        <translation>
            <numerusform>%n of the chosen participants is no longer in this event</numerusform>
            <numerusform>%n of the chosen participants are no longer in this event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names contain characters no font can print: {names}</source>
        <translation>
            <numerusform>%n name contains characters no font can print: {names}</numerusform>
            <numerusform>%n names contain characters no font can print: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n to fix</numerusform>
            <numerusform>%n to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings to fix before the event; the rest are worth a look.</source>
        <translation>
            <numerusform>%n finding to fix before the event; the rest are worth a look.</numerusform>
            <numerusform>%n findings to fix before the event; the rest are worth a look.</numerusform>
        </translation>
    </message>
</context>
</TS>
