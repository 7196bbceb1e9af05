<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/ui/timeline/axis.py" line="118"/>
        <source>{n} years</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chips.py" line="43"/>
        <location filename="../../kiosk/ui/read_aloud.py" line="93"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chips.py" line="48"/>
        <source>{label}, {count} milestones</source>
        <translation>{label}、{count}件</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/chips.py" line="50"/>
        <source>{name}, selected</source>
        <translation>{name}、選択中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="38"/>
        <source>about {year}</source>
        <translation>{year}年ごろ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="39"/>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="48"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end}年</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="54"/>
        <location filename="../../kiosk/ui/dates.py" line="80"/>
        <source>date uncertain</source>
        <translation>年は諸説あり</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="61"/>
        <source>renewed as {name} in {year}</source>
        <translation>{year}年に「{name}」へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="63"/>
        <source>closed {year}</source>
        <translation>{year}年に閉館</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="65"/>
        <source>ended {year}</source>
        <translation>{year}年に終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="67"/>
        <source>{part} (date uncertain)</source>
        <translation>{part}(諸説あり)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="75"/>
        <source>{month_name} {year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="27"/>
        <source>With: {partners}</source>
        <translation>協力：{partners}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/dates.py" line="28"/>
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/detail_links.py" line="40"/>
        <source>See also</source>
        <translation>関連する活動</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/detail.py" line="324"/>
        <source>{i} of {n}</source>
        <translation>{i} / {n}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="194"/>
        <source>No milestones match these categories. Tap “All” to see every one.</source>
        <translation>この組み合わせに当てはまる活動はありません。「すべて」をタップしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/attract.py" line="61"/>
        <source>Touch to explore</source>
        <translation>タッチして、探検しよう</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="189"/>
        <source>Still there?</source>
        <translation>まだ見ていますか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="190"/>
        <source>Touch anywhere to keep exploring.</source>
        <translation>画面のどこかにタッチすると、続けて見られます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="197"/>
        <source>{n} s</source>
        <translation>{n}秒</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/accessible.py" line="101"/>
        <source>Opens its story</source>
        <translation>タップすると詳しく読めます</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/accessible.py" line="151"/>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="99"/>
        <location filename="../../kiosk/ui/buttons.py" line="100"/>
        <source>Earlier</source>
        <translation>前の年へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="99"/>
        <location filename="../../kiosk/ui/buttons.py" line="100"/>
        <source>Later</source>
        <translation>後の年へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="101"/>
        <source>Previous milestone</source>
        <translation>前の出来事</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="102"/>
        <source>Next milestone</source>
        <translation>次の出来事</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="102"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="103"/>
        <source>Pause the tour</source>
        <translation>案内を一時停止</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="103"/>
        <source>Continue the tour</source>
        <translation>案内を再開</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="104"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="104"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="106"/>
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="107"/>
        <source>Stop reading</source>
        <translation>読み上げを止める</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="107"/>
        <source>Why the date is uncertain</source>
        <translation>年がはっきりしない理由</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="108"/>
        <source>Read the categories aloud</source>
        <translation>分野を読み上げる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="17"/>
        <source>← →</source>
        <translation>← →</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="17"/>
        <source>Move along a row; in a story, the previous or next one</source>
        <translation>列の中を移動。カードを開いているときは前後の出来事へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="18"/>
        <source>↑ ↓</source>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="18"/>
        <source>Move to the row above or below</source>
        <translation>上下の列へ移動</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="19"/>
        <source>Enter</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="19"/>
        <source>Choose what the yellow ring shows</source>
        <translation>黄色い枠で囲まれたものを選ぶ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="20"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="20"/>
        <source>Close the story, or go back to the top</source>
        <translation>カードを閉じる、または最初の列へ戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="21"/>
        <source>+ −</source>
        <translation>+ −</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="21"/>
        <source>Zoom in and out</source>
        <translation>拡大・縮小</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="22"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="22"/>
        <source>Show these keys</source>
        <translation>このキーの説明を表示</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keypad_help.py" line="44"/>
        <source>Using the keypad</source>
        <translation>キーパッドの使い方</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/buttons.py" line="105"/>
        <location filename="../../kiosk/ui/comfort.py" line="131"/>
        <source>Easier to see and hear</source>
        <translation>見やすく、聞きやすく</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="133"/>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="134"/>
        <source>Colours and motion</source>
        <translation>色と動き</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="139"/>
        <source>Text size {n} %</source>
        <translation>文字の大きさ {n}%</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="142"/>
        <source>High contrast: on</source>
        <translation>ハイコントラスト：オン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="142"/>
        <source>High contrast: off</source>
        <translation>ハイコントラスト：オフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="146"/>
        <source>Calm motion: on</source>
        <translation>動きを控えめに：オン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="146"/>
        <source>Calm motion: off</source>
        <translation>動きを控えめに：オフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="152"/>
        <source>Sound</source>
        <translation>音</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="158"/>
        <source>Sounds: on</source>
        <translation>効果音：オン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="158"/>
        <source>Sounds: off</source>
        <translation>効果音：オフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="154"/>
        <source>Read each card aloud: on</source>
        <translation>カードを自動で読み上げ：オン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/comfort.py" line="155"/>
        <source>Read each card aloud: off</source>
        <translation>カードを自動で読み上げ：オフ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/read_aloud.py" line="94"/>
        <source>Categories</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qr.py" line="70"/>
        <source>Scan to read more</source>
        <translation>スキャンしてもっと読む</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/qr.py" line="75"/>
        <source>QR code</source>
        <translation>QRコード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/did_you_know.py" line="32"/>
        <source>Did you know?</source>
        <translation>知ってる?</translation>
    </message>
</context>
</TS>
