<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/axis_item.py" line="78" />
        <source>{n} years</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chips.py" line="37" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="20" />
        <source>about {year}</source>
        <translation>{year}年ごろ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="21" />
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="30" />
        <source>{start}–{end}</source>
        <translation>{start}–{end}年</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="37" />
        <location filename="../../kiosk/ui/dates.py" line="63" />
        <source>date uncertain</source>
        <translation>年は諸説あり</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="44" />
        <source>renewed as {name} in {year}</source>
        <translation>{year}年に「{name}」へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="46" />
        <source>closed {year}</source>
        <translation>{year}年に閉館</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="48" />
        <source>ended {year}</source>
        <translation>{year}年に終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="50" />
        <source>{part} (date uncertain)</source>
        <translation>{part}(諸説あり)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="58" />
        <source>{month_name} {year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/detail.py" line="246" />
        <source>With: {partners}</source>
        <translation>協力：{partners}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/detail.py" line="247" />
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/detail.py" line="263" />
        <source>See also</source>
        <translation>関連する活動</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/detail.py" line="331" />
        <source>{i} of {n}</source>
        <translation>{i} / {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="132" />
        <source>No milestones match these categories. Tap “All” to see every one.</source>
        <translation>この組み合わせに当てはまる活動はありません。「すべて」をタップしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attract.py" line="55" />
        <source>Touch to explore</source>
        <translation>タッチして、探検しよう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="120" />
        <source>Still there?</source>
        <translation>まだ見ていますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="121" />
        <source>Touch anywhere to keep exploring.</source>
        <translation>画面のどこかにタッチすると、続けて見られます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="126" />
        <source>{n} s</source>
        <translation>{n}秒</translation>
    </message>
</context>
</TS>