<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>Main</name>
    <message>
        <source>年报</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>MemoryReportStore</name>
    <message>
        <source>没有%1 %2年的报告。</source>
        <translation>没有%1 %2年的报告。</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在。</source>
        <translation>%1 %2年的报告已经存在。</translation>
    </message>
    <message>
        <source>报告已定稿，不能写入。</source>
        <translation>报告已定稿，不能写入。</translation>
    </message>
    <message>
        <source>无法写入（测试中模拟的故障）。</source>
        <translation>无法写入（测试中模拟的故障）。</translation>
    </message>
    <message>
        <source>重新打开需要填写原因。</source>
        <translation>重新打开需要填写原因。</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>没有编号为 %1 的快照。</source>
        <translation>没有编号为 %1 的快照。</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>没有%1 %2年的报告，无法结转。</source>
        <translation>没有%1 %2年的报告，无法结转。</translation>
    </message>
    <message>
        <source>新年度</source>
        <translation>新年度</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>已说明</source>
        <translation>已说明</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>StartupOptionsParser</name>
    <message>
        <source>编制政府信息公开工作年度报告</source>
        <translation>编制政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>使用的数据库文件</source>
        <translation>使用的数据库文件</translation>
    </message>
    <message>
        <source>路径</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>界面语言：zh_CN 或 en</source>
        <translation>界面语言：zh_CN 或 en</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>窗口显示后立即退出（测量启动时间用）</source>
        <translation>窗口显示后立即退出（测量启动时间用）</translation>
    </message>
    <message>
        <source>不支持的语言“%1”：请用 zh_CN 或 en。</source>
        <translation>不支持的语言“%1”：请用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--db 需要一个数据库文件路径。</source>
        <translation>--db 需要一个数据库文件路径。</translation>
    </message>
</context>
<context>
    <name>nb::session::DraftSession</name>
    <message>
        <source>报告已定稿，不能修改；如需修改请先重新打开。</source>
        <translation>报告已定稿，不能修改；如需修改请先重新打开。</translation>
    </message>
    <message>
        <source>合计单元格由系统自动计算，不能直接填写。</source>
        <translation>合计单元格由系统自动计算，不能直接填写。</translation>
    </message>
    <message>
        <source>填写 %1</source>
        <translation>填写 %1</translation>
    </message>
    <message>
        <source>没有这个单元格。</source>
        <translation>没有这个单元格。</translation>
    </message>
    <message numerus="yes">
        <source>清除 %n 个单元格</source>
        <translation><numerusform>清除 %n 个单元格</numerusform></translation>
    </message>
    <message>
        <source>剪贴板中没有可粘贴的数据。</source>
        <translation>剪贴板中没有可粘贴的数据。</translation>
    </message>
    <message>
        <source>粘贴的区域有 %1 行 %2 列，从当前单元格开始超出了表格范围。</source>
        <translation>粘贴的区域有 %1 行 %2 列，从当前单元格开始超出了表格范围。</translation>
    </message>
    <message>
        <source>粘贴区域覆盖了自动计算的合计单元格“%1”，请只选择要填写的单元格后再粘贴。</source>
        <translation>粘贴区域覆盖了自动计算的合计单元格“%1”，请只选择要填写的单元格后再粘贴。</translation>
    </message>
    <message>
        <source>第 %1 行第 %2 列（%3）的“%4”无法粘贴：%5</source>
        <translation>第 %1 行第 %2 列（%3）的“%4”无法粘贴：%5</translation>
    </message>
    <message>
        <source>粘贴 %1 行 %2 列</source>
        <translation>粘贴 %1 行 %2 列</translation>
    </message>
    <message>
        <source>编辑 %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>修改报告信息</source>
        <translation>修改报告信息</translation>
    </message>
    <message>
        <source>说明 %1</source>
        <translation>说明 %1</translation>
    </message>
    <message>
        <source>错误 %1：%2</source>
        <translation>错误 %1：%2</translation>
    </message>
    <message>
        <source>警告 %1 尚未填写说明：%2</source>
        <translation>警告 %1 尚未填写说明：%2</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 个问题，不能定稿：</source>
        <translation><numerusform>还有 %n 个问题，不能定稿：</numerusform></translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>重新打开已定稿的报告需要填写原因。</source>
        <translation>重新打开已定稿的报告需要填写原因。</translation>
    </message>
</context>
<context>
    <name>nb::ui::FindingsPanel</name>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>填写说明…</source>
        <translation>填写说明…</translation>
    </message>
    <message>
        <source>整体</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>（说明：%1）</source>
        <translation>（说明：%1）</translation>
    </message>
    <message>
        <source>说明 %1</source>
        <translation>说明 %1</translation>
    </message>
    <message>
        <source>%1

为什么保留这一情况（说明将随报告保存和导出）：</source>
        <translation>%1

为什么保留这一情况（说明将随报告保存和导出）：</translation>
    </message>
    <message>
        <source>没有发现问题。</source>
        <translation>没有发现问题。</translation>
    </message>
</context>
<context>
    <name>nb::ui::MainWindow</name>
    <message>
        <source>年报 — 政府信息公开工作年度报告</source>
        <translation>年报 — 政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>%1 — 年报</source>
        <translation>%1 — 年报</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>请填写机关名称。</source>
        <translation>请填写机关名称。</translation>
    </message>
    <message>
        <source>机关与年度</source>
        <translation>机关与年度</translation>
    </message>
    <message>
        <source> 机关：</source>
        <translation> 机关：</translation>
    </message>
    <message>
        <source> 年度：</source>
        <translation> 年度：</translation>
    </message>
    <message>
        <source>错误 %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>警告 %1（未说明 %2）</source>
        <translation>警告 %1（未说明 %2）</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>保存失败：%1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>最近的修改没能保存：%1
仍然退出吗？</source>
        <translation>最近的修改没能保存：%1
仍然退出吗？</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>关于年报(&amp;A)</source>
        <translation>关于年报(&amp;A)</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>新建或打开报告(&amp;N)…</source>
        <translation>新建或打开报告(&amp;N)…</translation>
    </message>
    <message>
        <source>最近打开的报告(&amp;R)</source>
        <translation>最近打开的报告(&amp;R)</translation>
    </message>
    <message>
        <source>导入报告包(&amp;I)…</source>
        <translation>导入报告包(&amp;I)…</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>打印预览(&amp;V)…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>操作历史(&amp;H)</source>
        <translation>操作历史(&amp;H)</translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>粘贴(&amp;P)</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>复制表格为 HTML</source>
        <translation>复制表格为 HTML</translation>
    </message>
    <message>
        <source>报告(&amp;R)</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>定稿(&amp;F)…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>重新打开(&amp;O)…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>用上一年度报告重新结转(&amp;Y)…</source>
        <translation>用上一年度报告重新结转(&amp;Y)…</translation>
    </message>
    <message>
        <source>为选中的警告填写说明…</source>
        <translation>为选中的警告填写说明…</translation>
    </message>
    <message>
        <source>%1 %2年</source>
        <translation>%1 %2年</translation>
    </message>
    <message>
        <source>（打开时的状态）</source>
        <translation>（打开时的状态）</translation>
    </message>
    <message>
        <source>没有打开的报告。</source>
        <translation>没有打开的报告。</translation>
    </message>
    <message>
        <source>不能定稿</source>
        <translation>不能定稿</translation>
    </message>
    <message>
        <source>报告已定稿，已保存快照。</source>
        <translation>报告已定稿，已保存快照。</translation>
    </message>
    <message>
        <source>重新打开报告</source>
        <translation>重新打开报告</translation>
    </message>
    <message>
        <source>重新打开已定稿报告的原因（将记入日志）：</source>
        <translation>重新打开已定稿报告的原因（将记入日志）：</translation>
    </message>
    <message>
        <source>重新结转</source>
        <translation>重新结转</translation>
    </message>
    <message>
        <source>用%1 %2年的报告重新结转本报告？当前内容会先保存为快照，也可以撤销。</source>
        <translation>用%1 %2年的报告重新结转本报告？当前内容会先保存为快照，也可以撤销。</translation>
    </message>
    <message>
        <source>从上一年度结转</source>
        <translation>从上一年度结转</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>导入 %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>导入报告包</source>
        <translation>导入报告包</translation>
    </message>
    <message>
        <source>报告包 (*.nianbao.json);;所有文件 (*)</source>
        <translation>报告包 (*.nianbao.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>不认识的文件类型“%1”：请用 .pdf、.odt、.html、.csv 或 .nianbao.json。</source>
        <translation>不认识的文件类型“%1”：请用 .pdf、.odt、.html、.csv 或 .nianbao.json。</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument 文本 (*.odt);;网页 (*.html);;CSV 表格 (*.csv);;报告包 (*.nianbao.json)</source>
        <translation>PDF (*.pdf);;OpenDocument 文本 (*.odt);;网页 (*.html);;CSV 表格 (*.csv);;报告包 (*.nianbao.json)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>请先点选要复制的表格。</source>
        <translation>请先点选要复制的表格。</translation>
    </message>
    <message>
        <source>已复制表格（HTML），可粘贴到网站编辑器。</source>
        <translation>已复制表格（HTML），可粘贴到网站编辑器。</translation>
    </message>
    <message>
        <source>关于年报</source>
        <translation>关于年报</translation>
    </message>
    <message>
        <source>&lt;h3&gt;年报 %1&lt;/h3&gt;&lt;p&gt;编制、检查和发布政府信息公开工作年度报告。&lt;/p&gt;&lt;p&gt;报告格式：%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;年报 %1&lt;/h3&gt;&lt;p&gt;编制、检查和发布政府信息公开工作年度报告。&lt;/p&gt;&lt;p&gt;报告格式：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nb::ui::MetadataPage</name>
    <message>
        <source>人民政府（含办公厅/室）</source>
        <translation>人民政府（含办公厅/室）</translation>
    </message>
    <message>
        <source>政府部门（部门、局、委等）</source>
        <translation>政府部门（部门、局、委等）</translation>
    </message>
    <message>
        <source>例如：示府办〔2024〕1号（可不填）</source>
        <translation>例如：示府办〔2024〕1号（可不填）</translation>
    </message>
    <message>
        <source>已确定发布日期</source>
        <translation>已确定发布日期</translation>
    </message>
    <message>
        <source>机关名称</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>机关类型</source>
        <translation>机关类型</translation>
    </message>
    <message>
        <source>统计年度</source>
        <translation>统计年度</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>统计期间为该年度1月1日至12月31日。部门应于次年1月31日前、人民政府应于次年3月31日前公布年度报告。</source>
        <translation>统计期间为该年度1月1日至12月31日。部门应于次年1月31日前、人民政府应于次年3月31日前公布年度报告。</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportEditor</name>
    <message>
        <source>报告信息</source>
        <translation>报告信息</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportTableModel</name>
    <message>
        <source>自动计算，不能直接填写</source>
        <translation>自动计算，不能直接填写</translation>
    </message>
    <message>
        <source>自动计算</source>
        <translation>自动计算</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportTableView</name>
    <message>
        <source>已粘贴 %1 行 %2 列</source>
        <translation>已粘贴 %1 行 %2 列</translation>
    </message>
</context>
<context>
    <name>nb::ui::TablePage</name>
    <message>
        <source>注：%1</source>
        <translation>注：%1</translation>
    </message>
</context>
<context>
    <name>nb::ui::TextPage</name>
    <message>
        <source>本部分应包括</source>
        <translation>本部分应包括</translation>
    </message>
    <message>
        <source>信息处理费</source>
        <translation>信息处理费</translation>
    </message>
    <message>
        <source>收费通知件数</source>
        <translation>收费通知件数</translation>
    </message>
    <message>
        <source>收费金额（元）</source>
        <translation>收费金额（元）</translation>
    </message>
    <message>
        <source>实际收取（元）</source>
        <translation>实际收取（元）</translation>
    </message>
    <message>
        <source>插入说明</source>
        <translation>插入说明</translation>
    </message>
    <message>
        <source>金额“%1”无法识别：%2</source>
        <translation>金额“%1”无法识别：%2</translation>
    </message>
</context>
<context>
    <name>nb::ui::WelcomePage</name>
    <message>
        <source>政府信息公开工作年度报告</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>已有的报告（双击打开）</source>
        <translation>已有的报告（双击打开）</translation>
    </message>
    <message>
        <source>例如：示例市人民政府</source>
        <translation>例如：示例市人民政府</translation>
    </message>
    <message>
        <source>人民政府（含办公厅/室）</source>
        <translation>人民政府（含办公厅/室）</translation>
    </message>
    <message>
        <source>政府部门（部门、局、委等）</source>
        <translation>政府部门（部门、局、委等）</translation>
    </message>
    <message>
        <source>空白报告</source>
        <translation>空白报告</translation>
    </message>
    <message>
        <source>从上一年度报告结转（上年结转、现行有效件数、文字待修改）</source>
        <translation>从上一年度报告结转（上年结转、现行有效件数、文字待修改）</translation>
    </message>
    <message>
        <source>创建报告</source>
        <translation>创建报告</translation>
    </message>
    <message>
        <source>机关名称</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>机关类型</source>
        <translation>机关类型</translation>
    </message>
    <message>
        <source>统计年度</source>
        <translation>统计年度</translation>
    </message>
    <message>
        <source>新建年度报告</source>
        <translation>新建年度报告</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
</context>
</TS>
