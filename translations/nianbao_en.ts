<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Main</name>
    <message>
        <source>年报</source>
        <translation>Nianbao</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
</context>
<context>
    <name>MemoryReportStore</name>
    <message>
        <source>没有%1 %2年的报告。</source>
        <translation>There is no %2 report of %1.</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在。</source>
        <translation>The %2 report of %1 already exists.</translation>
    </message>
    <message>
        <source>报告已定稿，不能写入。</source>
        <translation>The report is final and cannot be written.</translation>
    </message>
    <message>
        <source>无法写入（测试中模拟的故障）。</source>
        <translation>Cannot write (a failure simulated in a test).</translation>
    </message>
    <message>
        <source>重新打开需要填写原因。</source>
        <translation>Reopening needs a reason.</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>没有编号为 %1 的快照。</source>
        <translation>There is no snapshot number %1.</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>没有%1 %2年的报告，无法结转。</source>
        <translation>There is no %2 report of %1 to carry forward from.</translation>
    </message>
    <message>
        <source>新年度</source>
        <translation>New year</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>已说明</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>StartupOptionsParser</name>
    <message>
        <source>编制政府信息公开工作年度报告</source>
        <translation>Prepare the annual report on government information disclosure</translation>
    </message>
    <message>
        <source>使用的数据库文件</source>
        <translation>The database file to use</translation>
    </message>
    <message>
        <source>路径</source>
        <translation>path</translation>
    </message>
    <message>
        <source>界面语言：zh_CN 或 en</source>
        <translation>Interface language: zh_CN or en</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>language</translation>
    </message>
    <message>
        <source>窗口显示后立即退出（测量启动时间用）</source>
        <translation>Quit as soon as the window is shown (to measure start-up time)</translation>
    </message>
    <message>
        <source>不支持的语言“%1”：请用 zh_CN 或 en。</source>
        <translation>Unsupported language "%1": use zh_CN or en.</translation>
    </message>
    <message>
        <source>--db 需要一个数据库文件路径。</source>
        <translation>--db needs the path of a database file.</translation>
    </message>
</context>
<context>
    <name>nb::session::DraftSession</name>
    <message>
        <source>报告已定稿，不能修改；如需修改请先重新打开。</source>
        <translation>The report is final and cannot be changed; reopen it first to make changes.</translation>
    </message>
    <message>
        <source>合计单元格由系统自动计算，不能直接填写。</source>
        <translation>Total cells are calculated automatically and cannot be typed into.</translation>
    </message>
    <message>
        <source>填写 %1</source>
        <translation>Enter %1</translation>
    </message>
    <message>
        <source>没有这个单元格。</source>
        <translation>There is no such cell.</translation>
    </message>
    <message numerus="yes">
        <source>清除 %n 个单元格</source>
        <translation><numerusform>Clear %n cell</numerusform><numerusform>Clear %n cells</numerusform></translation>
    </message>
    <message>
        <source>剪贴板中没有可粘贴的数据。</source>
        <translation>The clipboard holds nothing to paste.</translation>
    </message>
    <message>
        <source>粘贴的区域有 %1 行 %2 列，从当前单元格开始超出了表格范围。</source>
        <translation>The pasted block has %1 rows and %2 columns; starting at the current cell it does not fit in the table.</translation>
    </message>
    <message>
        <source>粘贴区域覆盖了自动计算的合计单元格“%1”，请只选择要填写的单元格后再粘贴。</source>
        <translation>The pasted block covers the calculated total "%1"; select only the cells to fill in and paste again.</translation>
    </message>
    <message>
        <source>第 %1 行第 %2 列（%3）的“%4”无法粘贴：%5</source>
        <translation>Row %1, column %2 (%3): "%4" cannot be pasted: %5</translation>
    </message>
    <message>
        <source>粘贴 %1 行 %2 列</source>
        <translation>Paste %1 rows × %2 columns</translation>
    </message>
    <message>
        <source>编辑 %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>修改报告信息</source>
        <translation>Change report details</translation>
    </message>
    <message>
        <source>说明 %1</source>
        <translation>Explanation for %1</translation>
    </message>
    <message>
        <source>错误 %1：%2</source>
        <translation>Error %1: %2</translation>
    </message>
    <message>
        <source>警告 %1 尚未填写说明：%2</source>
        <translation>Warning %1 has no explanation yet: %2</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 个问题，不能定稿：</source>
        <translation><numerusform>%n problem keeps the report from being final:</numerusform><numerusform>%n problems keep the report from being final:</numerusform></translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>重新打开已定稿的报告需要填写原因。</source>
        <translation>Reopening a final report needs a reason.</translation>
    </message>
</context>
<context>
    <name>nb::ui::FindingsPanel</name>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>填写说明…</source>
        <translation>Explain…</translation>
    </message>
    <message>
        <source>整体</source>
        <translation>Whole report</translation>
    </message>
    <message>
        <source>（说明：%1）</source>
        <translation> (explained: %1)</translation>
    </message>
    <message>
        <source>说明 %1</source>
        <translation>Explanation for %1</translation>
    </message>
    <message>
        <source>%1

为什么保留这一情况（说明将随报告保存和导出）：</source>
        <translation>%1

Why this stays as it is (the explanation is stored and exported with the report):</translation>
    </message>
    <message>
        <source>没有发现问题。</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>nb::ui::MainWindow</name>
    <message>
        <source>年报 — 政府信息公开工作年度报告</source>
        <translation>Nianbao — Annual Report on Government Information Disclosure</translation>
    </message>
    <message>
        <source>%1 — 年报</source>
        <translation>%1 — Nianbao</translation>
    </message>
    <message>
        <source>新建报告</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>请填写机关名称。</source>
        <translation>Please enter the name of the agency.</translation>
    </message>
    <message>
        <source>机关与年度</source>
        <translation>Agency and year</translation>
    </message>
    <message>
        <source> 机关：</source>
        <translation> Agency: </translation>
    </message>
    <message>
        <source> 年度：</source>
        <translation> Year: </translation>
    </message>
    <message>
        <source>错误 %1</source>
        <translation>Errors %1</translation>
    </message>
    <message>
        <source>警告 %1（未说明 %2）</source>
        <translation>Warnings %1 (unexplained %2)</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>保存失败：%1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>最近的修改没能保存：%1
仍然退出吗？</source>
        <translation>The latest changes could not be saved: %1
Quit anyway?</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于年报(&amp;A)</source>
        <translation>&amp;About Nianbao</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建或打开报告(&amp;N)…</source>
        <translation>&amp;New or Open Report…</translation>
    </message>
    <message>
        <source>最近打开的报告(&amp;R)</source>
        <translation>&amp;Recent Reports</translation>
    </message>
    <message>
        <source>导入报告包(&amp;I)…</source>
        <translation>&amp;Import Package…</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>打印预览(&amp;V)…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>操作历史(&amp;H)</source>
        <translation>Undo &amp;History</translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>粘贴(&amp;P)</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>复制表格为 HTML</source>
        <translation>Copy Table as HTML</translation>
    </message>
    <message>
        <source>报告(&amp;R)</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>定稿(&amp;F)…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>重新打开(&amp;O)…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>用上一年度报告重新结转(&amp;Y)…</source>
        <translation>Carry Forward from Last &amp;Year Again…</translation>
    </message>
    <message>
        <source>为选中的警告填写说明…</source>
        <translation>Explain the Selected Warning…</translation>
    </message>
    <message>
        <source>%1 %2年</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>（打开时的状态）</source>
        <translation>(as opened)</translation>
    </message>
    <message>
        <source>没有打开的报告。</source>
        <translation>No report is open.</translation>
    </message>
    <message>
        <source>不能定稿</source>
        <translation>Cannot finalise</translation>
    </message>
    <message>
        <source>报告已定稿，已保存快照。</source>
        <translation>The report is final; a snapshot was kept.</translation>
    </message>
    <message>
        <source>重新打开报告</source>
        <translation>Reopen report</translation>
    </message>
    <message>
        <source>重新打开已定稿报告的原因（将记入日志）：</source>
        <translation>Why the final report is reopened (recorded in the log):</translation>
    </message>
    <message>
        <source>重新结转</source>
        <translation>Carry forward again</translation>
    </message>
    <message>
        <source>用%1 %2年的报告重新结转本报告？当前内容会先保存为快照，也可以撤销。</source>
        <translation>Carry this report forward again from the %2 report of %1? The current contents are kept as a snapshot first, and this can be undone.</translation>
    </message>
    <message>
        <source>从上一年度结转</source>
        <translation>Carry forward from last year</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导入 %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>导入报告包</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>报告包 (*.nianbao.json);;所有文件 (*)</source>
        <translation>Report packages (*.nianbao.json);;All files (*)</translation>
    </message>
    <message>
        <source>不认识的文件类型“%1”：请用 .pdf、.odt、.html、.csv 或 .nianbao.json。</source>
        <translation>Unknown file type "%1": use .pdf, .odt, .html, .csv or .nianbao.json.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument 文本 (*.odt);;网页 (*.html);;CSV 表格 (*.csv);;报告包 (*.nianbao.json)</source>
        <translation>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;CSV table (*.csv);;Report package (*.nianbao.json)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>请先点选要复制的表格。</source>
        <translation>Click into the table to copy first.</translation>
    </message>
    <message>
        <source>已复制表格（HTML），可粘贴到网站编辑器。</source>
        <translation>Table copied as HTML; paste it into the website editor.</translation>
    </message>
    <message>
        <source>关于年报</source>
        <translation>About Nianbao</translation>
    </message>
    <message>
        <source>&lt;h3&gt;年报 %1&lt;/h3&gt;&lt;p&gt;编制、检查和发布政府信息公开工作年度报告。&lt;/p&gt;&lt;p&gt;报告格式：%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nianbao %1&lt;/h3&gt;&lt;p&gt;Prepare, check and publish the annual report on government information disclosure.&lt;/p&gt;&lt;p&gt;Report format: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nb::ui::MetadataPage</name>
    <message>
        <source>人民政府（含办公厅/室）</source>
        <translation>People's government (incl. its general office)</translation>
    </message>
    <message>
        <source>政府部门（部门、局、委等）</source>
        <translation>Government department (department, bureau, commission …)</translation>
    </message>
    <message>
        <source>例如：示府办〔2024〕1号（可不填）</source>
        <translation>e.g. 示府办〔2024〕1号 (optional)</translation>
    </message>
    <message>
        <source>已确定发布日期</source>
        <translation>Publication date set</translation>
    </message>
    <message>
        <source>机关名称</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>机关类型</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <source>统计年度</source>
        <translation>Statistics year</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <source>统计期间为该年度1月1日至12月31日。部门应于次年1月31日前、人民政府应于次年3月31日前公布年度报告。</source>
        <translation>The statistics period is 1 January to 31 December of the year. Departments publish the report by 31 January of the following year, people's governments by 31 March.</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportEditor</name>
    <message>
        <source>报告信息</source>
        <translation>Report details</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportTableModel</name>
    <message>
        <source>自动计算，不能直接填写</source>
        <translation>Calculated automatically; cannot be typed into</translation>
    </message>
    <message>
        <source>自动计算</source>
        <translation>Calculated</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportTableView</name>
    <message>
        <source>已粘贴 %1 行 %2 列</source>
        <translation>Pasted %1 rows × %2 columns</translation>
    </message>
</context>
<context>
    <name>nb::ui::TablePage</name>
    <message>
        <source>注：%1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::TextPage</name>
    <message>
        <source>本部分应包括</source>
        <translation>This section should contain</translation>
    </message>
    <message>
        <source>信息处理费</source>
        <translation>Information processing fees</translation>
    </message>
    <message>
        <source>收费通知件数</source>
        <translation>Fee notices sent</translation>
    </message>
    <message>
        <source>收费金额（元）</source>
        <translation>Amount charged (yuan)</translation>
    </message>
    <message>
        <source>实际收取（元）</source>
        <translation>Amount collected (yuan)</translation>
    </message>
    <message>
        <source>插入说明</source>
        <translation>Insert sentence</translation>
    </message>
    <message>
        <source>金额“%1”无法识别：%2</source>
        <translation>The amount "%1" is not understood: %2</translation>
    </message>
</context>
<context>
    <name>nb::ui::WelcomePage</name>
    <message>
        <source>政府信息公开工作年度报告</source>
        <translation>Annual Report on Government Information Disclosure</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>已有的报告（双击打开）</source>
        <translation>Existing reports (double-click to open)</translation>
    </message>
    <message>
        <source>例如：示例市人民政府</source>
        <translation>e.g. 示例市人民政府</translation>
    </message>
    <message>
        <source>人民政府（含办公厅/室）</source>
        <translation>People's government (incl. its general office)</translation>
    </message>
    <message>
        <source>政府部门（部门、局、委等）</source>
        <translation>Government department (department, bureau, commission …)</translation>
    </message>
    <message>
        <source>空白报告</source>
        <translation>Empty report</translation>
    </message>
    <message>
        <source>从上一年度报告结转（上年结转、现行有效件数、文字待修改）</source>
        <translation>Carried forward from last year's report (carried-over applications, documents in force, texts to revise)</translation>
    </message>
    <message>
        <source>创建报告</source>
        <translation>Create report</translation>
    </message>
    <message>
        <source>机关名称</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>机关类型</source>
        <translation>Kind of agency</translation>
    </message>
    <message>
        <source>统计年度</source>
        <translation>Statistics year</translation>
    </message>
    <message>
        <source>新建年度报告</source>
        <translation>New year's report</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
</TS>
