<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AgencyName</name>
    <message>
        <source>机关名称不能为空</source>
        <translation>The agency name must not be empty</translation>
    </message>
    <message>
        <source>机关名称“%1…”有 %2 个字符，超过了 %3 个</source>
        <translation>The agency name “%1…” has %2 characters, more than %3</translation>
    </message>
    <message>
        <source>机关名称“%1”含有不能使用的字符“%2”</source>
        <translation>The agency name “%1” contains the character “%2”, which cannot be used</translation>
    </message>
    <message>
        <source>机关名称“%1”中没有文字</source>
        <translation>The agency name “%1” contains no text</translation>
    </message>
</context>
<context>
    <name>AggregateCli</name>
    <message>
        <source>查看构成 %1（%2）</source>
        <translation>Make-up of %1 (%2)</translation>
    </message>
    <message>
        <source>请给出 --node（从数据库汇总）或要汇总的文件，二者取一</source>
        <translation>Give either --node (aggregate from the database) or the files to aggregate, not both</translation>
    </message>
    <message>
        <source>汇总结果应写入 .nianbao.json 数据包：%1</source>
        <translation>The aggregate must be written to a .nianbao.json package: %1</translation>
    </message>
    <message>
        <source>汇总下级各机关（或给出的文件）的报告</source>
        <translation>Aggregate (汇总) the reports of the agencies below a node, or of given files</translation>
    </message>
    <message>
        <source>汇总的年度</source>
        <translation>The year to aggregate</translation>
    </message>
    <message>
        <source>从数据库汇总这个机关之下的所有机关</source>
        <translation>Aggregate every agency below this one from the database</translation>
    </message>
    <message>
        <source>列出这个单元格的构成（如 requests.new.total）</source>
        <translation>List the make-up of this cell (e.g. requests.new.total)</translation>
    </message>
    <message>
        <source>--kind 只用于汇总文件；从数据库汇总时，汇总的类别就是 --node 机关的类别</source>
        <translation>--kind is for aggregating files only; from the database, the aggregate’s kind is that of the --node agency</translation>
    </message>
    <message>
        <source>--explain 的 %1 不是报告的单元格（应为二、三、四部分的单元格，如 requests.new.total）</source>
        <translation>--explain: %1 is not a cell of the report (give a cell of sections 二, 三 or 四, such as requests.new.total)</translation>
    </message>
    <message>
        <source>从数据库汇总（--node）时，汇总该机关之下的所有机关；也可以直接汇总各机关报来的数据包，或已发布的报告（网页 .html、文本 .txt、PDF）。二、三、四部分的每个单元格是各机关同一单元格之和（报告中印出的合计不参与，合计重新计算），文字部分为空，数据包的 contributors 列出每个机关及其状态、错误和未说明的警告。已发布的报告算作已定稿；数据包按其中的 status（draft 或 final）计。

汇总的机关：--node 机关；汇总文件时为各文件共同的上级机关，没有共同上级时为“各机关”。汇总的类别：--node 机关的类别；汇总文件时为 --kind，未给出时为共同上级机关的类别，没有共同上级时为各报告共同的类别，类别不一时有人民政府则为 government，否则为 other。

检查结果按 check 的格式输出（含 AGG-MISSING、AGG-NOT-FINAL、AGG-ERRORS、AGG-CARRY），退出状态同 check。--explain 列出一个单元格由哪些机关的多少构成；不是报告单元格的 KEY 在读取和写入任何文件之前即被拒绝（退出状态 2）。</source>
        <translation>From the database (--node), every agency below that node is aggregated; packages sent in by the agencies, or published reports (web pages .html, text .txt, PDF), can be aggregated directly too. Each cell of sections 二, 三 and 四 is the sum of the same cell over the agencies (printed totals are not added but computed again); the texts are empty; the package’s contributors list each agency with its status, errors and unexplained warnings. A published report counts as final; a package counts with the status it carries (draft or final).

The aggregate’s agency: the --node agency; for files, the parent all the files name, or “各机关” when they name none in common. Its kind: that of the --node agency; for files, --kind, else the common parent’s kind, else the kind all the reports share, and when they differ government if one of them is a government, otherwise other.

Findings are printed as check prints them (including AGG-MISSING, AGG-NOT-FINAL, AGG-ERRORS, AGG-CARRY), with the same exit status. --explain lists which agencies contribute how much to one cell; a KEY that is not a cell of the report is refused before any file is read or written (exit status 2).</translation>
    </message>
    <message>
        <source>汇总文件时，汇总的机关类别：government 人民政府，department 部门，other 其他</source>
        <translation>When aggregating files, the aggregate’s kind of agency: government (人民政府), department, other</translation>
    </message>
</context>
<context>
    <name>Aggregation</name>
    <message>
        <source>%1（汇总）</source>
        <translation>%1 (aggregate)</translation>
    </message>
    <message>
        <source>没有机关 %1，无法汇总。</source>
        <translation>There is no agency %1 to aggregate.</translation>
    </message>
    <message>
        <source>%1 的报告是 %2 年度的，不是要汇总的 %3 年度。</source>
        <translation>The report of %1 is for %2, not for %3, the year being aggregated.</translation>
    </message>
    <message>
        <source>%1 %2 年度的报告出现了两次，不能重复汇总。</source>
        <translation>The %2 report of %1 appears twice; it cannot be aggregated twice.</translation>
    </message>
    <message>
        <source>各机关</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>全部机关</source>
        <translation>All agencies</translation>
    </message>
</context>
<context>
    <name>BoardCli</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>一次只能导出一种格式（--csv 或 --html）</source>
        <translation>Only one format at a time (--csv or --html)</translation>
    </message>
    <message>
        <source>报送情况：下级各机关报告的状态和检查结果</source>
        <translation>The board: status and findings of the reports of the agencies below</translation>
    </message>
    <message>
        <source>每个机关一行，以制表符分隔，按机关树的顺序（下级机关缩进）；最后一行是各状态的机关数。状态为：未开始、草稿、已定稿、已报送、已退回。不给 --node 时列出所有机关。有机关的报告有“错误”级别的检查结果时退出状态为 1。</source>
        <translation>One tab-separated line per agency, in the order of the agency tree (agencies below indented); the last line counts the agencies in each status. The statuses are 未开始 (not started), 草稿 (draft), 已定稿 (final), 已报送 (submitted) and 已退回 (returned). Without --node every agency is listed. The exit status is 1 when a report has findings of level “error”.</translation>
    </message>
    <message>
        <source>报告年度</source>
        <translation>Report year</translation>
    </message>
    <message>
        <source>只列出这个机关之下的机关</source>
        <translation>List only the agencies below this one</translation>
    </message>
    <message>
        <source>另存为 CSV 文件（Excel、WPS 可打开）</source>
        <translation>Also save as a CSV file (for Excel or WPS)</translation>
    </message>
    <message>
        <source>另存为网页（可打印为一页）</source>
        <translation>Also save as a web page (prints on one page)</translation>
    </message>
</context>
<context>
    <name>CheckCli</name>
    <message>
        <source>汇总：读取 %1 个文件，%2 个有错误，%3 个无法读取</source>
        <translation>Summary: %1 files read, %2 with errors, %3 unreadable</translation>
    </message>
    <message>
        <source>--report 的文件名应以 .html 或 .csv 结尾：%1</source>
        <translation>The --report file name must end in .html or .csv: %1</translation>
    </message>
    <message>
        <source>检查报告，每条检查结果一行</source>
        <translation>Check reports, one line per finding</translation>
    </message>
    <message>
        <source>FILE 可以是数据包（.nianbao.json）、已发布报告的 PDF（.pdf）、文字（.txt，网页复制或 pdftotext 转出）或网页（.html）。每条检查结果输出一行：&lt;文件&gt;: &lt;级别&gt; &lt;规则&gt; &lt;单元格&gt;: &lt;说明&gt;；检查多个文件时最后输出汇总。读不出的单元格列在标准错误输出上。</source>
        <translation>FILE may be a package (.nianbao.json), the PDF of a published report (.pdf), its text (.txt, copied from a web page or made by pdftotext) or a web page (.html). Each finding is printed on one line: &lt;file&gt;: &lt;level&gt; &lt;rule&gt; &lt;cell&gt;: &lt;message&gt;; with several files a summary comes last. Cells that could not be read are listed on standard error.</translation>
    </message>
    <message>
        <source>输出一个 JSON 文档，汇总改到标准错误输出</source>
        <translation>Print one JSON document; the summary goes to standard error</translation>
    </message>
    <message>
        <source>同一机关上一年度的报告，用于跨年度检查（X- 规则）</source>
        <translation>The same agency&apos;s report of the previous year, for the cross-year checks (X- rules)</translation>
    </message>
    <message>
        <source>另写一份审查报告（.html 网页或 .csv 表格）：每份报告一行，含机关、年度、各级问题数和每条问题及其引用的原文，另有按规则的统计</source>
        <translation>Also write a reviewer&apos;s report (.html web page or .csv table): one row per report with agency, year, counts per level and each finding with the sentence it quotes, plus counts per rule</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>%1 为 %2，不等于 %3 年度报告的%4 %5</source>
        <translation>%1 is %2, which differs from %4 %5 in the %3 report</translation>
    </message>
    <message>
        <source>%1 为 %2，不等于 %3 年末的 %4 + %5 %6 − %7 %8 = %9；如因修订、失效等原因不衔接，请填写说明</source>
        <translation>%1 is %2, which differs from the %3 year-end figure %4 + %5 %6 − %7 %8 = %9; if revisions, expiry or similar explain the gap, add an explanation</translation>
    </message>
    <message>
        <source>“%1”与 %2 年度报告的文字相似度为 %3%，评议中会被视为内容雷同，请按本年度实际情况修改</source>
        <translation>“%1” is %3% similar to the text of the %2 report and would be judged a copy in the review; rewrite it to describe this year</translation>
    </message>
    <message>
        <source>本年度申请情况的 %1 个非零数据与 %2 年度报告完全相同，可能沿用了上年的文件，请核实</source>
        <translation>The %1 non-zero figures on this year&apos;s requests are identical to the %2 report; last year&apos;s file may have been reused, please check</translation>
    </message>
    <message>
        <source>%1 为 %2，金额不能为负数</source>
        <translation>%1 is %2; an amount cannot be negative</translation>
    </message>
    <message>
        <source>%1 为 %2，件数应为 0 或正整数</source>
        <translation>%1 is %2; a count must be 0 or a positive whole number</translation>
    </message>
    <message>
        <source>各项均为 0</source>
        <translation>all items are 0</translation>
    </message>
    <message>
        <source>%1 填报为 %2，不等于各项之和：%3</source>
        <translation>%1 is given as %2, which differs from the sum of its items: %3</translation>
    </message>
    <message>
        <source>%1：%2，不等于 %3</source>
        <translation>%1: %2, which differs from %3</translation>
    </message>
    <message>
        <source>结转下年度 %1 件，占本年新收与上年结转之和 %2 件的 %3%；申请应在 20 个工作日内答复，通常只有年末收到的申请结转下年度，请核实</source>
        <translation>%1 carried over to next year, %3% of the %2 newly received and carried over from last year; requests must be answered within 20 working days, so usually only those received at year end carry over, please check</translation>
    </message>
    <message>
        <source>“%1”填报了规章数据，但只有国务院部门和省、自治区、直辖市及设区的市人民政府可以制定规章；本机关的规范性文件应填在“行政规范性文件”一行</source>
        <translation>“%1” reports figures for rules (规章), but only State Council departments and the people&apos;s governments of provinces, autonomous regions, municipalities and districted cities can make rules; enter this agency&apos;s normative documents in the row “行政规范性文件”</translation>
    </message>
    <message>
        <source>%1 %2 − %3 %4 + %5 %6 = %7，上年末的现行有效件数不能为负数</source>
        <translation>%1 %2 − %3 %4 + %5 %6 = %7; the number in force at the end of last year cannot be negative</translation>
    </message>
    <message>
        <source>缺少：%1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>顺序为 %1，应为一至六依次排列</source>
        <translation>the order is %1; it must run from 一 to 六</translation>
    </message>
    <message>
        <source>报告应有六个部分且依次排列。%1</source>
        <translation>The report must have six parts in order. %1</translation>
    </message>
    <message>
        <source>行“%1”</source>
        <translation>row “%1”</translation>
    </message>
    <message>
        <source>列“%1”</source>
        <translation>column “%1”</translation>
    </message>
    <message>
        <source>表格缺少 2021 年版格式的%1（这些单元格未能读取）</source>
        <translation>The table lacks the 2021 format&apos;s %1 (these cells could not be read)</translation>
    </message>
    <message>
        <source>使用了 2019 年版格式的栏目：%1；应按 2021 年版格式（国办公开办函〔2021〕30号）填报</source>
        <translation>Uses items of the 2019 format: %1; report in the 2021 format (国办公开办函〔2021〕30号)</translation>
    </message>
    <message>
        <source>“%1”还没有内容</source>
        <translation>“%1” is still empty</translation>
    </message>
    <message>
        <source>“%1”%2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”没有写到：%2</source>
        <translation>“%1” does not mention: %2</translation>
    </message>
    <message>
        <source>“%1”写的是“%2”（%3 件），表格中 %4</source>
        <translation>“%1” says “%2” (%3), but the table has %4</translation>
    </message>
    <message>
        <source>，或 </source>
        <translation>, or </translation>
    </message>
    <message>
        <source>标题年份 %1</source>
        <translation>the title&apos;s year %1</translation>
    </message>
    <message>
        <source>统计期限“%1”</source>
        <translation>the reporting period “%1”</translation>
    </message>
    <message>
        <source>报告年度为 %1 年，但%2与之不符</source>
        <translation>The report is for %1, but %2 does not match</translation>
    </message>
    <message>
        <source>（超出范围）</source>
        <translation>(out of range)</translation>
    </message>
    <message>
        <source>等</source>
        <translation>and others</translation>
    </message>
    <message>
        <source>“%1”是从 %2 年度报告结转来的模板，仍有 %3 处上年的数字或日期没有改：%4。请改为本年度的情况；确实与上年相同的，可在文字页顶部标为已修订</source>
        <translation>“%1” is a template carried forward from the %2 report and still has %3 figures or dates of last year unchanged: %4. Change them to this year’s; where they really are the same as last year, mark the text as revised at the top of its page</translation>
    </message>
    <message>
        <source>%1（超出范围）</source>
        <translation>%1 (out of range)</translation>
    </message>
    <message>
        <source>%1 超出了可以填写的范围（%2），无法给出合计：%3</source>
        <translation>%1 is outside the range that can be entered (%2), so there is no total: %3</translation>
    </message>
    <message>
        <source>%1 为 %2，超出了可以填写的范围（%3）</source>
        <translation>%1 is %2, outside the range that can be entered (%3)</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>%1 个机关没有 %2 年度的报告：%3</source>
        <translation>%1 agencies have no report for %2: %3</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 个机关的报告尚未定稿，汇总数据可能还会变化：%2</source>
        <translation>The reports of %1 agencies are not final yet, so the aggregate may still change: %2</translation>
    </message>
    <message>
        <source>%1 个机关的报告有错误，汇总数据不可靠：%2</source>
        <translation>The reports of %1 agencies have errors, so the aggregate is not reliable: %2</translation>
    </message>
    <message>
        <source>汇总的%1 为 %2，不等于同一批机关（%3 个有 %4 年度报告）%4 年度汇总的%5 %6</source>
        <translation>The aggregate’s %1 is %2, which differs from %5 %6 in the %4 aggregate of the same agencies (%3 have a %4 report)</translation>
    </message>
</context>
<context>
    <name>CollectionText</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>未定稿</source>
        <translation>Not final</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>没有机关 %1。</source>
        <translation>There is no agency %1.</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>上级机关</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>未说明的警告</source>
        <translation>Unexplained warnings</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>退回理由</source>
        <translation>Reason returned</translation>
    </message>
    <message>
        <source>错误规则</source>
        <translation>Rules in error</translation>
    </message>
    <message>
        <source>%1 年度报告报送情况</source>
        <translation>Reports for %1: the board</translation>
    </message>
    <message>
        <source>%1 %2 年度报告报送情况</source>
        <translation>%1: reports for %2, the board</translation>
    </message>
    <message>
        <source>共 %1 个机关：%2；有错误 %3</source>
        <translation>%1 agencies: %2; with errors %3</translation>
    </message>
    <message>
        <source>审核人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;日期：&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation>Reviewed by:&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;Date:&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <source>%1 %2 年度与 %3 年度对比</source>
        <translation>%1: %2 compared with %3</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>变化率</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>（一方为空）</source>
        <translation>(one side empty)</translation>
    </message>
    <message>
        <source>%1 雷同</source>
        <translation>%1 copied</translation>
    </message>
    <message>
        <source>文字部分与上年的相似度</source>
        <translation>Similarity of the texts to last year’s</translation>
    </message>
    <message>
        <source>相似度</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>数据变化（变化大的在前）</source>
        <translation>Changes in figures (largest first)</translation>
    </message>
    <message>
        <source>共 %1 个单元格，其中 %2 个与上年不同。</source>
        <translation>%1 cells, %2 of them different from last year.</translation>
    </message>
    <message>
        <source>没有单元格 %1。</source>
        <translation>There is no cell %1.</translation>
    </message>
    <message>
        <source>合计	%1</source>
        <translation>Total	%1</translation>
    </message>
    <message>
        <source>没有报告：%1</source>
        <translation>No report: %1</translation>
    </message>
    <message>
        <source>两份报告不是同一机关的：本年的是 %1，上年的是 %2，不能对比。</source>
        <translation>The two reports are not of the same agency: this year’s is of %1, last year’s of %2; they cannot be compared.</translation>
    </message>
    <message>
        <source>上年的报告应是 %1 年度的，给出的却是 %2 年度的（本年的报告是 %3 年度的）。</source>
        <translation>Last year’s report should be for %1, but the one given is for %2 (this year’s report is for %3).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>显示本命令的用法</source>
        <translation>Show how to use this command</translation>
    </message>
    <message>
        <source>用 %1 --help 查看全部选项和示例</source>
        <translation>Run %1 --help for every option and an example</translation>
    </message>
    <message>
        <source>未知的选项 %1</source>
        <translation>Unknown option %1</translation>
    </message>
    <message>
        <source>未知的命令 %1</source>
        <translation>Unknown command %1</translation>
    </message>
    <message>
        <source>选项 --%1 只能给一次</source>
        <translation>Option --%1 may be given only once</translation>
    </message>
    <message>
        <source>选项 --%1 需要一个值（%2）</source>
        <translation>Option --%1 needs a value (%2)</translation>
    </message>
    <message>
        <source>--%1 不接受“%2”，可选：%3</source>
        <translation>--%1 does not accept “%2”; choose one of: %3</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>参数不够</source>
        <translation>Too few arguments</translation>
    </message>
    <message>
        <source>多余的参数：%1</source>
        <translation>Unexpected arguments: %1</translation>
    </message>
    <message>
        <source>用法：%1 %2</source>
        <translation>Usage: %1 %2</translation>
    </message>
    <message>
        <source>命令：%1</source>
        <translation>Command: %1</translation>
    </message>
    <message>
        <source>不用图形界面检查、转换、导入、导出和打印政府信息公开工作年度报告</source>
        <translation>Check, convert, import, export and print annual reports on government information disclosure without a window</translation>
    </message>
    <message>
        <source>&lt;命令&gt; [选项…] [参数…]</source>
        <translation>&lt;command&gt; [options…] [arguments…]</translation>
    </message>
    <message>
        <source>nianbao-cli 是年报（nianbao）的命令行程序，不需要显示器。它按 2021 年格式（国办公开办函〔2021〕30号）检查报告、把已发布的报告（网页文字、网页、PDF）转成数据包、打印成 PDF、ODT、网页或 CSV，并读写桌面程序使用的数据库。

选项写作 --选项 值 或 --选项=值。每个命令都接受 --help；nianbao-cli help 命令 与之相同。</source>
        <translation>nianbao-cli is the command-line program of Nianbao (年报); it needs no display. It checks reports in the 2021 format (国办公开办函〔2021〕30号), converts published reports (web page text, web pages, PDF) into packages, prints them as PDF, ODT, web page or CSV, and reads and writes the database the desktop application uses.

Options are written --option value or --option=value. Every command accepts --help; nianbao-cli help COMMAND does the same.</translation>
    </message>
    <message>
        <source>显示本帮助</source>
        <translation>Show this help</translation>
    </message>
    <message>
        <source>显示版本</source>
        <translation>Show the version</translation>
    </message>
    <message>
        <source>输出 man 手册页（打包时生成）</source>
        <translation>Print the man page (generated when packaging)</translation>
    </message>
    <message>
        <source>输出 bash 补全脚本（打包时生成）</source>
        <translation>Print the bash completion script (generated when packaging)</translation>
    </message>
    <message>
        <source>退出状态</source>
        <translation>Exit status</translation>
    </message>
    <message>
        <source>  0  完成，且没有“错误”级别的检查结果
  1  完成，但有“错误”级别的检查结果
  2  输入无法使用或用法有误（说明在标准错误输出上，不写任何文件）</source>
        <translation>  0  done, and no finding of level “error”
  1  done, but there are findings of level “error”
  2  unusable input or wrong usage (explained on standard error; no file is written)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>不给 --db 时使用桌面程序的数据库：
  ~/.local/share/nianbao/nianbao/nianbao.sqlite3</source>
        <translation>Without --db, the desktop application&apos;s database:
  ~/.local/share/nianbao/nianbao/nianbao.sqlite3</translation>
    </message>
    <message>
        <source>环境</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>LC_ALL、LC_MESSAGES、LANG 为英文（en_*）时输出英文，否则输出中文。设置 NIANBAO_DEBUG=1 时显示 Qt 自身的调试信息。</source>
        <translation>Output is in English when LC_ALL, LC_MESSAGES or LANG is English (en_*), otherwise in Chinese. NIANBAO_DEBUG=1 shows Qt&apos;s own debug messages.</translation>
    </message>
    <message>
        <source>第 %1 个参数“%2”含有控制字符</source>
        <translation>Argument %1 “%2” contains control characters</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>版式：official 为普通版式（默认），gongwen 为 GB/T 9704 公文格式</source>
        <translation>Layout: official for the ordinary layout (default), gongwen for the GB/T 9704 official document format</translation>
    </message>
    <message>
        <source>数据库文件，或 PostgreSQL 服务器（postgresql://用户@主机:端口/库名?sslmode=verify-full，或 service=名称；密码取自 ~/.pgpass、PGPASSFILE 或服务文件）；默认为桌面程序使用的数据库</source>
        <translation>Database file, or a PostgreSQL server (postgresql://user@host:port/dbname?sslmode=verify-full, or service=NAME; the password comes from ~/.pgpass, PGPASSFILE or the service file); by default the database the desktop application uses</translation>
    </message>
</context>
<context>
    <name>CompareCli</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>一次只能导出一种格式（--html 或 --pdf）</source>
        <translation>Only one format at a time (--html or --pdf)</translation>
    </message>
    <message>
        <source>本年度报告（或汇总）与上年度逐项对比</source>
        <translation>Compare this year’s report (or aggregate) with last year’s, cell by cell</translation>
    </message>
    <message>
        <source>另存为网页</source>
        <translation>Also save as a web page</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Also save as a PDF</translation>
    </message>
    <message>
        <source>CURRENT 和 PREVIOUS 可以是数据包或已发布的报告，PREVIOUS 须是同一机关（汇总须是同一机关的汇总）上一年度的报告，否则不作对比（退出状态 2）。先列出三个文字部分与上年的相似度（达到 X-TEXT-COPY 的阈值标为“雷同”），再列出二、三、四部分每个单元格的上年数、本年数、变化和变化率，变化大的在前；以制表符分隔。</source>
        <translation>CURRENT and PREVIOUS may be packages or published reports; PREVIOUS must be the same agency’s report (for an aggregate, the same node’s aggregate) of the year before, otherwise nothing is compared (exit status 2). First the similarity of the three text sections to last year’s (marked “copied” at the X-TEXT-COPY threshold), then every cell of sections 二, 三 and 四 with last year’s figure, this year’s, the change and the change in per cent, largest changes first; tab-separated.</translation>
    </message>
</context>
<context>
    <name>ConvertCli</name>
    <message>
        <source>输出文件名应以 %1 结尾：%2</source>
        <translation>The output file name must end in %1: %2</translation>
    </message>
    <message>
        <source>没有找到机关名称或报告年度，无法写出数据包；请用 --agency 和 --year 指定</source>
        <translation>No agency name or report year found, so no package can be written; give them with --agency and --year</translation>
    </message>
    <message>
        <source>把已发布的报告（.pdf、.txt、.html）或数据包转成数据包</source>
        <translation>Convert a published report (.pdf, .txt, .html) or a package into a package</translation>
    </message>
    <message>
        <source>PDF 直接读取其文字层；扫描件（没有文字层）无法读取。每个单元格按行和列的标签找到；读不出的单元格列在标准错误输出上并留空，不会猜测。报告中找不到机关名称或年度时，用 --agency、--year 补上。报告有“错误”级别的检查结果时仍写出数据包，退出状态为 1。</source>
        <translation>A PDF is read through its text layer; a scan (no text layer) cannot be read. Each cell is found by its row and column labels; cells that cannot be read are listed on standard error and left empty, never guessed. When the report does not name its agency or year, supply them with --agency and --year. A report with findings of level “error” is still written, with exit status 1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>数据库文件 %1 正被另一个程序占用（等待 %2 秒后仍未释放）。本次操作没有执行，请稍后重试。</source>
        <translation>The database file %1 is in use by another program (still locked after %2 seconds). Nothing was done; please try again later.</translation>
    </message>
    <message>
        <source>磁盘已满，无法写入数据库文件 %1。本次修改没有保存，之前保存的内容完好；请腾出磁盘空间后重试。</source>
        <translation>The disk is full; cannot write the database file %1. This change was not saved; everything saved before is intact. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>数据库文件 %1 已损坏（%2）。文件未做任何改动；请从备份恢复。</source>
        <translation>The database file %1 is damaged (%2). The file was not changed; restore it from a backup.</translation>
    </message>
    <message>
        <source>文件 %1 不是年报数据库。文件未做任何改动。</source>
        <translation>The file %1 is not a Nianbao database. The file was not changed.</translation>
    </message>
    <message>
        <source>数据库文件 %1 是只读的，无法保存修改（%2）。</source>
        <translation>The database file %1 is read-only; changes cannot be saved (%2).</translation>
    </message>
    <message>
        <source>无法打开数据库文件 %1（%2）。请检查文件夹是否存在、是否可写。</source>
        <translation>Cannot open the database file %1 (%2). Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>读写数据库文件 %1 时出错（%2）。本次修改没有保存。</source>
        <translation>Error reading or writing the database file %1 (%2). This change was not saved.</translation>
    </message>
    <message>
        <source>数据库文件 %1 拒绝了不一致的数据（%2）。</source>
        <translation>The database file %1 refused inconsistent data (%2).</translation>
    </message>
    <message>
        <source>数据库文件 %1 出错：%2</source>
        <translation>Database file %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message>
        <source>一次只能导出一种格式</source>
        <translation>Only one format can be exported at a time</translation>
    </message>
    <message>
        <source>请指定导出格式（%1）</source>
        <translation>Give an export format (%1)</translation>
    </message>
    <message>
        <source>%1：已导出，但报告还有 %2 条错误</source>
        <translation>%1: exported, but the report still has %2 errors</translation>
    </message>
    <message>
        <source>把数据库中的一个报告导出为数据包、PDF、ODT、网页或 CSV</source>
        <translation>Export a report from the database as a package, PDF, ODT, web page or CSV</translation>
    </message>
    <message>
        <source>报告还有“错误”级别的检查结果时仍然导出，并在标准错误输出上说明，退出状态为 1。</source>
        <translation>A report with findings of level “error” is still exported; this is said on standard error and the exit status is 1.</translation>
    </message>
    <message>
        <source>机关名称，与数据库中的一致</source>
        <translation>Agency name, as in the database</translation>
    </message>
    <message>
        <source>报告年度</source>
        <translation>Report year</translation>
    </message>
    <message>
        <source>未知的版式 %1（可用：official、gongwen）</source>
        <translation>Unknown layout %1 (available: official, gongwen)</translation>
    </message>
    <message>
        <source>写出数据包（.nianbao.json）</source>
        <translation>Write a package (.nianbao.json)</translation>
    </message>
    <message>
        <source>写出 PDF</source>
        <translation>Write a PDF</translation>
    </message>
    <message>
        <source>写出 ODT</source>
        <translation>Write an ODT</translation>
    </message>
    <message>
        <source>写出网页</source>
        <translation>Write a web page</translation>
    </message>
    <message>
        <source>写出 CSV</source>
        <translation>Write a CSV</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>%1 是一个文件夹，不是年报数据库。</source>
        <translation>%1 is a folder, not a Nianbao database.</translation>
    </message>
    <message>
        <source>没有读取数据库文件 %1 的权限。</source>
        <translation>No permission to read the database file %1.</translation>
    </message>
    <message>
        <source>数据库文件 %1 是只读的，无法保存修改。请取消文件的只读属性，或用 --db 指定另一个数据库。</source>
        <translation>The database file %1 is read-only; changes cannot be saved. Make the file writable, or choose another database with --db.</translation>
    </message>
    <message>
        <source>无法打开数据库文件 %1：文件夹 %2 不存在。</source>
        <translation>Cannot open the database file %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>数据库文件 %1 所在的文件夹 %2 是只读的，无法保存修改（数据库需要在同一文件夹写日志文件）。</source>
        <translation>The folder %2 of the database file %1 is read-only; changes cannot be saved (the database writes its journal in the same folder).</translation>
    </message>
    <message>
        <source>无法读取数据库文件 %1：%2</source>
        <translation>Cannot read the database file %1: %2</translation>
    </message>
    <message>
        <source>文件 %1 不是年报数据库（不是 SQLite 数据库文件）。文件未做任何改动。</source>
        <translation>The file %1 is not a Nianbao database (not an SQLite database file). The file was not changed.</translation>
    </message>
    <message>
        <source>数据库文件 %1 不完整（文件被截断或已损坏：%2 字节）。文件未做任何改动；请从备份恢复。</source>
        <translation>The database file %1 is incomplete (truncated or damaged: %2 bytes). The file was not changed; restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>没有找到机关名称或报告年度，无法导入；请用 --agency 和 --year 指定</source>
        <translation>No agency name or report year found, so it cannot be imported; give them with --agency and --year</translation>
    </message>
    <message>
        <source>与前面的文件是同一机关同一年度（%1 %2），不能一起导入</source>
        <translation>Same agency and year as an earlier file (%1 %2); they cannot be imported together</translation>
    </message>
    <message>
        <source>（没有导入任何文件）</source>
        <translation>(nothing was imported)</translation>
    </message>
    <message>
        <source>已导入 %1 %2 年度（草稿）：错误 %3，警告 %4</source>
        <translation>Imported %1 %2 (draft): %3 errors, %4 warnings</translation>
    </message>
    <message>
        <source>把数据包或已发布的报告导入数据库（草稿）</source>
        <translation>Import packages or published reports into the database (as drafts)</translation>
    </message>
    <message>
        <source>先读完所有文件：有一个读不出，或某个机关某年度的报告已存在而没有给 --replace，就什么也不导入。所有文件在一个事务中导入。</source>
        <translation>All files are read first: if one cannot be read, or a report of an agency and year exists already and --replace is not given, nothing is imported. All files are imported in one transaction.</translation>
    </message>
    <message>
        <source>替换已存在的草稿（替换前保存快照）</source>
        <translation>Replace an existing draft (a snapshot is kept first)</translation>
    </message>
    <message>
        <source>%1：导入过程中文件被改动了</source>
        <translation>%1: the file changed while it was being imported</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 是文件夹，不是文件</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <source>%1 不是普通文件</source>
        <translation>%1 is not a regular file</translation>
    </message>
    <message>
        <source>%1 是空文件</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 有 %2 MB，超过了可以读取的 %3 MB，不是一份年度报告</source>
        <translation>%1 has %2 MB, more than the %3 MB that can be read; it is not an annual report</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 超过了可以读取的 %2 MB</source>
        <translation>%1 is larger than the %2 MB that can be read</translation>
    </message>
</context>
<context>
    <name>InvocationText</name>
    <message>
        <source>详见 %1 %2 --help</source>
        <translation>See %1 %2 --help</translation>
    </message>
    <message>
        <source>缺少选项 --%1</source>
        <translation>Option --%1 is missing</translation>
    </message>
    <message>
        <source>--%1 应为 %2 至 %3 之间的年份（如 2024），而不是“%4”</source>
        <translation>--%1 must be a year from %2 to %3 (e.g. 2024), not “%4”</translation>
    </message>
    <message>
        <source>输出文件名不能为空</source>
        <translation>The output file name must not be empty</translation>
    </message>
    <message>
        <source>输出文件名“%1”含有控制字符</source>
        <translation>The output file name “%1” contains control characters</translation>
    </message>
    <message>
        <source>输出文件“%1”是一个文件夹</source>
        <translation>The output file “%1” is a folder</translation>
    </message>
    <message>
        <source>输出文件“%1”所在的文件夹 %2 不存在</source>
        <translation>The folder %2 of the output file “%1” does not exist</translation>
    </message>
    <message>
        <source>输出文件“%1”就是输入的文件 %2，写出会毁掉它</source>
        <translation>The output file “%1” is the input file %2; writing it would destroy it</translation>
    </message>
</context>
<context>
    <name>ListCli</name>
    <message>
        <source>机关	类型	年度	状态	错误	警告	提示	更新时间</source>
        <translation>Agency	Kind	Year	Status	Errors	Warnings	Notes	Updated</translation>
    </message>
    <message>
        <source>列出数据库中的报告：机关、类型、年度、状态和检查结果数</source>
        <translation>List the reports in the database: agency, kind, year, status and counts of findings</translation>
    </message>
    <message>
        <source>每个报告一行，以制表符分隔；有“错误”级别检查结果的报告使退出状态为 1。</source>
        <translation>One tab-separated line per report; a report with findings of level “error” makes the exit status 1.</translation>
    </message>
</context>
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
    <message>
        <source>%1。本次使用默认设置，原文件未做任何改动。</source>
        <translation>%1. This run uses the default settings; the file was left unchanged.</translation>
    </message>
    <message>
        <source>%1

密码（只用于这次连接，不会保存）：</source>
        <translation>%1

Password (used for this connection only, never saved):</translation>
    </message>
    <message>
        <source>无法打开上次使用的数据库 %1：%2

现在打开本机的数据库；可以用“文件 → 打开数据库”再试。</source>
        <translation>Cannot open the database used last, %1: %2

This computer’s database is opened instead; try again with “File → Open Database”.</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>示例：</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>用户命令</source>
        <translation>User Commands</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <source>描述</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>命令</source>
        <translation>COMMANDS</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>OPTIONS</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>EXAMPLE</translation>
    </message>
    <message>
        <source>另见</source>
        <translation>SEE ALSO</translation>
    </message>
</context>
<context>
    <name>MemoryReportStore</name>
    <message>
        <source>无法写入（测试中模拟的故障）。</source>
        <translation>Cannot write (a failure simulated in a test).</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>新年度</source>
        <translation>New year</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>恢复到快照 %1</source>
        <translation>Restored to snapshot %1</translation>
    </message>
    <message>
        <source>新年度替换前</source>
        <translation>Before replacement by a new year</translation>
    </message>
    <message>
        <source>由 %1 年度结转</source>
        <translation>Carried forward from %1</translation>
    </message>
</context>
<context>
    <name>NewYearCli</name>
    <message>
        <source>%1 是新的机关：请用 --kind government|department|other 说明机关类型</source>
        <translation>%1 is a new agency: say its kind with --kind government|department|other</translation>
    </message>
    <message>
        <source>已创建 %1 %2 年度的报告（草稿）</source>
        <translation>Created the %2 report of %1 (draft)</translation>
    </message>
    <message>
        <source>  需修改（由上年复制）：%1</source>
        <translation>  To revise (copied from last year): %1</translation>
    </message>
    <message>
        <source>  提示：%1 预计为 上年现行有效件数 + 本年制发 − 本年废止 = %2（未填入）</source>
        <translation>  Note: %1 is expected to be last year&apos;s number in force + issued this year − repealed this year = %2 (not filled in)</translation>
    </message>
    <message>
        <source>加上 --empty 可新建空白报告</source>
        <translation>Add --empty to create an empty report</translation>
    </message>
    <message>
        <source>从上一年度的报告开始新一年度的报告</source>
        <translation>Start a new year&apos;s report from last year&apos;s</translation>
    </message>
    <message>
        <source>二、上年结转取自上一年度的结转下年度继续办理，上一年度的文字复制为模板并标为“需修改”，同时提示预计的现行有效件数。</source>
        <translation>The carried-over applications are taken from last year&apos;s applications carried forward, last year&apos;s texts are copied as a template marked “to revise”, and the expected number of documents in force is suggested.</translation>
    </message>
    <message>
        <source>机关名称</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>新的报告年度；从 Y−1 年度的报告开始</source>
        <translation>The new report year; starts from the report of year Y−1</translation>
    </message>
    <message>
        <source>替换已存在的 Y 年度报告（替换前保存快照）</source>
        <translation>Replace an existing report of year Y (a snapshot is kept first)</translation>
    </message>
    <message>
        <source>没有上一年度的报告时新建空白报告</source>
        <translation>Create an empty report when there is no previous year&apos;s report</translation>
    </message>
    <message>
        <source>新机关的类型（与 --empty 一起用）</source>
        <translation>Kind of a new agency (with --empty)</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>“%1”的单位是万元，这里应填件数</source>
        <translation>“%1” is in 万元 (10,000 yuan); this cell takes a count</translation>
    </message>
    <message>
        <source>“%1”的单位是件，这里应填金额（万元）</source>
        <translation>“%1” is a count (件); this cell takes an amount in 万元 (10,000 yuan)</translation>
    </message>
    <message>
        <source>“%1”：金额的单位是万元，请换算后填写</source>
        <translation>“%1”: amounts are in 万元 (10,000 yuan); please convert</translation>
    </message>
    <message>
        <source>“%1”是负数，这里只能填 0 或正数</source>
        <translation>“%1” is negative; only 0 or a positive number is allowed here</translation>
    </message>
    <message>
        <source>“%1”的千位分隔符位置不对</source>
        <translation>“%1” has misplaced thousands separators</translation>
    </message>
    <message>
        <source>“%1”不是数字</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>“%1”的小数超过 6 位</source>
        <translation>“%1” has more than 6 decimal places</translation>
    </message>
    <message>
        <source>“%1”不是整数，件数只能是整数</source>
        <translation>“%1” is not a whole number; counts must be whole numbers</translation>
    </message>
    <message>
        <source>“%1”太大，超出了可以填写的范围（%2）</source>
        <translation>“%1” is too large, outside the range that can be entered (%2)</translation>
    </message>
    <message>
        <source>件数最多 %1 位整数</source>
        <translation>a count has at most %1 digits</translation>
    </message>
    <message>
        <source>金额整数部分最多 %1 位、小数最多 %2 位</source>
        <translation>an amount has at most %1 digits before the decimal point and %2 after it</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>第 %1 行第 %2 列</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>未知的键“%1%2”</source>
        <translation>unknown key “%1%2”</translation>
    </message>
    <message>
        <source>“%1”应为对象</source>
        <translation>“%1” must be an object</translation>
    </message>
    <message>
        <source>未知的键“%1.%2”</source>
        <translation>unknown key “%1.%2”</translation>
    </message>
    <message>
        <source>“%1.%2”应为字符串</source>
        <translation>“%1.%2” must be a string</translation>
    </message>
    <message>
        <source>缺少“agency”对象（机关名称和类型）</source>
        <translation>the “agency” object (agency name and kind) is missing</translation>
    </message>
    <message>
        <source>“agency.name”（机关名称）不能为空</source>
        <translation>“agency.name” (the agency&apos;s name) must not be empty</translation>
    </message>
    <message>
        <source>“cells”应为对象</source>
        <translation>“cells” must be an object</translation>
    </message>
    <message>
        <source>未知的单元格“cells.%1”</source>
        <translation>unknown cell “cells.%1”</translation>
    </message>
    <message>
        <source>“format”应为 &quot;%1&quot;，这不是年度报告数据包</source>
        <translation>“format” must be &quot;%1&quot;; this is not an annual report package</translation>
    </message>
    <message>
        <source>“formatVersion”应为 &quot;%1&quot;</source>
        <translation>“formatVersion” must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>“status”应为 &quot;draft&quot; 或 &quot;final&quot;</source>
        <translation>“status” must be &quot;draft&quot; or &quot;final&quot;</translation>
    </message>
    <message>
        <source>“publishDate”应为 YYYY-MM-DD 格式的日期</source>
        <translation>“publishDate” must be a date in YYYY-MM-DD format</translation>
    </message>
    <message>
        <source>不是有效的 JSON（%1）：%2</source>
        <translation>not valid JSON (%1): %2</translation>
    </message>
    <message>
        <source>数据包应为一个 JSON 对象</source>
        <translation>the package must be a JSON object</translation>
    </message>
    <message>
        <source>“textsToRevise”中未知的文字部分“%1”</source>
        <translation>unknown text part “%1” in “textsToRevise”</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>“agency.kind”应为 &quot;government&quot;、&quot;department&quot; 或 &quot;other&quot;</source>
        <translation>“agency.kind” must be &quot;government&quot;, &quot;department&quot; or &quot;other&quot;</translation>
    </message>
    <message>
        <source>“cells.%1”（%2）</source>
        <translation>“cells.%1” (%2)</translation>
    </message>
    <message>
        <source>%1的数值 %2 太大，无法精确表示；请写成字符串</source>
        <translation>The number %2 of %1 is too large to be represented exactly; write it as a string</translation>
    </message>
    <message>
        <source>%1的数值 %2 无法精确表示；请写成字符串</source>
        <translation>The number %2 of %1 cannot be represented exactly; write it as a string</translation>
    </message>
    <message>
        <source>%1的值 %2 小数超过 %3 位</source>
        <translation>The value %2 of %1 has more than %3 decimals</translation>
    </message>
    <message>
        <source>%1的值 %2 超出范围（%3）</source>
        <translation>The value %2 of %1 is out of range (%3)</translation>
    </message>
    <message>
        <source>%1的值 %2 不是数字</source>
        <translation>The value %2 of %1 is not a number</translation>
    </message>
    <message>
        <source>“agency.name”：%1</source>
        <translation>“agency.name”: %1</translation>
    </message>
    <message>
        <source>“year”应为 %1 至 %2 之间的年份</source>
        <translation>“year” must be a year from %1 to %2</translation>
    </message>
    <message>
        <source>“%1.agency”（机关名称）不能为空</source>
        <translation>“%1.agency” (agency name) must not be empty</translation>
    </message>
    <message>
        <source>“%1.status”应为 missing、draft、final、submitted 或 returned</source>
        <translation>“%1.status” must be missing, draft, final, submitted or returned</translation>
    </message>
    <message>
        <source>“%1.errors”应为规则编号的数组</source>
        <translation>“%1.errors” must be an array of rule IDs</translation>
    </message>
    <message>
        <source>“%1.errors”中未知的规则“%2”</source>
        <translation>Unknown rule “%2” in “%1.errors”</translation>
    </message>
    <message>
        <source>“%1.unexplainedWarnings”应为非负整数</source>
        <translation>“%1.unexplainedWarnings” must be a non-negative integer</translation>
    </message>
    <message>
        <source>“previousAggregate”应为对象</source>
        <translation>“previousAggregate” must be an object</translation>
    </message>
    <message>
        <source>未知的键“previousAggregate.%1”</source>
        <translation>Unknown key “previousAggregate.%1”</translation>
    </message>
    <message>
        <source>“previousAggregate”需要年份 year 和机关数 agencies</source>
        <translation>“previousAggregate” needs year and agencies</translation>
    </message>
    <message>
        <source>未知的单元格“previousAggregate.cells.%1”</source>
        <translation>Unknown cell “previousAggregate.cells.%1”</translation>
    </message>
    <message>
        <source>“previousAggregate.cells.%1”不是数字</source>
        <translation>“previousAggregate.cells.%1” is not a number</translation>
    </message>
    <message>
        <source>“previousAggregate”只用于带“contributors”的汇总数据包</source>
        <translation>“previousAggregate” belongs only in an aggregate package with “contributors”</translation>
    </message>
    <message>
        <source>“contributors”应为数组</source>
        <translation>“contributors” must be an array</translation>
    </message>
    <message>
        <source>“agency.parent”（上级机关）应为字符串</source>
        <translation>“agency.parent” (parent agency) must be a string</translation>
    </message>
    <message>
        <source>“agency.parent”：%1</source>
        <translation>“agency.parent”: %1</translation>
    </message>
</context>
<context>
    <name>ParentCli</name>
    <message>
        <source>给了 --top 就不能再给上级机关</source>
        <translation>With --top no parent agency can be given</translation>
    </message>
    <message>
        <source>--kind 应为 %1</source>
        <translation>--kind must be %1</translation>
    </message>
    <message>
        <source>已添加机关 %1</source>
        <translation>Added agency %1</translation>
    </message>
    <message>
        <source>没有机关 %1；要添加它，请加上 --create。</source>
        <translation>There is no agency %1; add --create to add it.</translation>
    </message>
    <message>
        <source>%1 没有上级机关</source>
        <translation>%1 has no parent agency</translation>
    </message>
    <message>
        <source>%1 的上级机关是 %2</source>
        <translation>The parent agency of %1 is %2</translation>
    </message>
    <message>
        <source>%1 现在没有上级机关</source>
        <translation>%1 now has no parent agency</translation>
    </message>
    <message>
        <source>%1 现在在 %2 之下</source>
        <translation>%1 is now below %2</translation>
    </message>
    <message>
        <source>查看或设置机关的上级机关（汇总和报送情况按机关树进行）</source>
        <translation>Show or set an agency’s parent (aggregates and the board follow the agency tree)</translation>
    </message>
    <message>
        <source>只给 AGENCY 时显示它的上级机关；给出 PARENT 时把它（连同它的下级）移到 PARENT 之下，--top 则移到最上层。机关的报告不受影响。不能把机关移到它自己或它的下级之下。--create 添加一个还没有报告的机关。导入带有 agency.parent 的数据包时，机关会自动放到该上级之下。</source>
        <translation>With AGENCY alone, shows its parent; with PARENT, moves it (with the agencies below it) under PARENT, with --top to the top level. The agency’s reports are not affected. An agency cannot be moved under itself or an agency below it. --create adds an agency that has no report yet. Importing a package with agency.parent places the agency under that parent.</translation>
    </message>
    <message>
        <source>移到最上层（没有上级机关）</source>
        <translation>Move to the top level (no parent agency)</translation>
    </message>
    <message>
        <source>机关不存在时添加它</source>
        <translation>Add the agency when it does not exist</translation>
    </message>
    <message>
        <source>新添加的机关的类型；默认按名称判断（含“人民政府”的为 government）</source>
        <translation>Kind of an agency added now; by default from its name (government when it contains “人民政府”)</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>%1 太大，无法读取</source>
        <translation>%1 is too large to be read</translation>
    </message>
    <message>
        <source>%1 不是可以读取的 PDF 文件（文件损坏或不完整）</source>
        <translation>%1 is not a readable PDF file (damaged or incomplete)</translation>
    </message>
    <message>
        <source>%1 有打开密码，无法读取；请使用未加密的文件</source>
        <translation>%1 is protected by a password and cannot be read; use an unencrypted file</translation>
    </message>
    <message>
        <source>%1 没有文字层（可能是扫描件，共 %2 页），无法读取其中的文字和数字；请使用发布机关的电子版，或先做文字识别（OCR）</source>
        <translation>%1 has no text layer (probably a scan, %2 pages), so its text and figures cannot be read; use the publishing agency&apos;s electronic version, or run text recognition (OCR) first</translation>
    </message>
</context>
<context>
    <name>PublishedReportImporter</name>
    <message>
        <source>%1 的文字编码无法识别（应为 UTF-8 或 GBK/GB18030）</source>
        <translation>The text encoding of %1 is not recognised (it must be UTF-8 or GBK/GB18030)</translation>
    </message>
    <message>
        <source>%1 中没有找到年度报告的任何部分（如“%2”），这不像一份政府信息公开工作年度报告</source>
        <translation>%1 contains no part of an annual report (such as “%2”); it does not look like a government information disclosure annual report</translation>
    </message>
    <message>
        <source>正文中没有报告标题，标题取自网页的标题元数据：%1</source>
        <translation>The body has no report title; the title is taken from the page&apos;s title metadata: %1</translation>
    </message>
    <message>
        <source>正文中没有报告标题，标题取自网页标题：%1</source>
        <translation>The body has no report title; the title is taken from the page title: %1</translation>
    </message>
    <message>
        <source>没有找到报告标题，年度 %1 取自统计期限</source>
        <translation>No report title found; the year %1 is taken from the statistics period</translation>
    </message>
    <message>
        <source>没有找到报告标题，年度 %1 取自落款日期 %2（年度报告在次年发布）</source>
        <translation>No report title found; the year %1 is taken from the signature date %2 (annual reports are published the following year)</translation>
    </message>
    <message>
        <source>没有找到报告标题，年度 %1 取自文件名</source>
        <translation>No report title found; the year %1 is taken from the file name</translation>
    </message>
    <message>
        <source>没有找到报告标题，年度 %1 取自“总体情况”的正文</source>
        <translation>No report title found; the year %1 is taken from the text of “总体情况”</translation>
    </message>
    <message>
        <source>没有找到报告的年度，请补填</source>
        <translation>No report year found; please fill it in</translation>
    </message>
    <message>
        <source>落款</source>
        <translation>the signature</translation>
    </message>
    <message>
        <source>网页标题中的网站名称</source>
        <translation>the site name in the page title</translation>
    </message>
    <message>
        <source>“总体情况”的正文</source>
        <translation>the text of “总体情况”</translation>
    </message>
    <message>
        <source>标题中的机关名称“%1”是简称，全称“%2”取自%3，请核对</source>
        <translation>The agency name “%1” in the title is abbreviated; the full name “%2” is taken from %3, please check</translation>
    </message>
    <message>
        <source>没有找到报告标题，机关名称“%1”取自落款，请核对</source>
        <translation>No report title found; the agency name “%1” is taken from the signature, please check</translation>
    </message>
    <message>
        <source>没有找到报告标题，机关名称“%1”取自“总体情况”的正文，请核对</source>
        <translation>No report title found; the agency name “%1” is taken from the text of “总体情况”, please check</translation>
    </message>
    <message>
        <source>没有找到机关名称，请补填</source>
        <translation>No agency name found; please fill it in</translation>
    </message>
    <message>
        <source>报告中的机关名称为“%1”，按指定改为“%2”</source>
        <translation>The report names the agency “%1”; changed to “%2” as given</translation>
    </message>
    <message>
        <source>报告中的年度为 %1，按指定改为 %2</source>
        <translation>The report gives the year %1; changed to %2 as given</translation>
    </message>
    <message>
        <source>报告中的机关名称无法使用：%1</source>
        <translation>The agency name in the report cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>RenderCli</name>
    <message>
        <source>写出 PDF（字体嵌入，文字可复制）</source>
        <translation>Write a PDF (fonts embedded, text can be copied)</translation>
    </message>
    <message>
        <source>写出 ODT，可用 LibreOffice、WPS 打开</source>
        <translation>Write an ODT, for LibreOffice or WPS</translation>
    </message>
    <message>
        <source>写出网页，用于网站发布</source>
        <translation>Write a web page, for publishing on a website</translation>
    </message>
    <message>
        <source>写出 CSV，可用 Excel 打开</source>
        <translation>Write a CSV, for Excel</translation>
    </message>
    <message>
        <source>只能指定一种输出格式（--pdf、--odt、--html 或 --csv）</source>
        <translation>Give only one output format (--pdf, --odt, --html or --csv)</translation>
    </message>
    <message>
        <source>请指定输出格式（--pdf、--odt、--html 或 --csv）</source>
        <translation>Give an output format (--pdf, --odt, --html or --csv)</translation>
    </message>
    <message>
        <source>把一个报告打印成 PDF、ODT、网页或 CSV，不用数据库</source>
        <translation>Print one report as PDF, ODT, web page or CSV, without a database</translation>
    </message>
    <message>
        <source>PACKAGE 可以是数据包，也可以是已发布的报告（.txt、.html、.pdf）。输出文件先写到临时文件，完成后才改名，不会留下写了一半的文件。</source>
        <translation>PACKAGE may be a package or a published report (.txt, .html, .pdf). The output is written to a temporary file and renamed when complete, so no half-written file is left.</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportCodec</name>
    <message>
        <source>快照内容无法读取。</source>
        <translation>The snapshot&apos;s content cannot be read.</translation>
    </message>
    <message>
        <source>快照中单元格 %1 的数值无法读取。</source>
        <translation>The value of cell %1 in the snapshot cannot be read.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>PDF 公文格式 (*.pdf)</source>
        <translation>PDF, official-document style (*.pdf)</translation>
    </message>
    <message>
        <source>不认识的文件类型“%1”：请用 .pdf、.odt、.html、.csv 或 .nianbao.json。</source>
        <translation>Unknown file type &quot;%1&quot;: use .pdf, .odt, .html, .csv or .nianbao.json.</translation>
    </message>
    <message>
        <source>OpenDocument 文本 (*.odt);;网页 (*.html);;CSV 表格 (*.csv);;报告包 (*.nianbao.json)</source>
        <translation>OpenDocument text (*.odt);;Web page (*.html);;CSV table (*.csv);;Report package (*.nianbao.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF 正式版式 (*.pdf)</source>
        <translation>PDF, official layout (*.pdf)</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>%1 未能读取：%2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 未能读取（“%2”）：%3</source>
        <translation>%1 could not be read (“%2”): %3</translation>
    </message>
</context>
<context>
    <name>ReportInput</name>
    <message>
        <source>机关名称：报告中找不到时补上，或替换报告所写的</source>
        <translation>Agency name: supplies it when the report has none, or replaces what the report says</translation>
    </message>
    <message>
        <source>机关类别：government 人民政府，department 部门，other 其他</source>
        <translation>Agency kind: government, department or other</translation>
    </message>
    <message>
        <source>报告年度：报告中找不到时补上，或替换报告所写的</source>
        <translation>Report year: supplies it when the report has none, or replaces what the report says</translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <source>数据库文件 %1 中 %2 年度报告的单元格 %3 的数值“%4”无法读取。</source>
        <translation>The value “%4” of cell %3 of the %2 report in the database file %1 cannot be read.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>政府信息公开工作年度报告审查结果</source>
        <translation>Review of annual reports on government information disclosure</translation>
    </message>
    <message>
        <source>生成时间：%1。共 %2 个文件：读取 %3 个，无法读取 %4 个；有错误的 %5 个，只有警告的 %6 个。</source>
        <translation>Made %1. %2 files: %3 read, %4 unreadable; %5 with errors, %6 with warnings only.</translation>
    </message>
    <message>
        <source>按规则统计</source>
        <translation>By rule</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>涉及报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>各报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
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
        <source>未能读取的单元格</source>
        <translation>Unread cells</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>Unreadable: %1</translation>
    </message>
    <message>
        <source>原文：</source>
        <translation>Quoted:</translation>
    </message>
    <message>
        <source>（原文：“%1”）</source>
        <translation>(quoted: “%1”)</translation>
    </message>
    <message>
        <source>审查报告的文件名应以 .html 或 .csv 结尾：%1</source>
        <translation>The reviewer&apos;s report file name must end in .html or .csv: %1</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>请用 --clerk 机关、--reviewer 机关 或 --admin 中的一个说明给什么权限</source>
        <translation>Say which right to give with one of --clerk AGENCY, --reviewer AGENCY or --admin</translation>
    </message>
    <message>
        <source>机关名称不能为空</source>
        <translation>The agency name must not be empty</translation>
    </message>
    <message>
        <source>未知的操作“%1”：应为 init、grant 或 revoke</source>
        <translation>Unknown action “%1”: must be init, grant or revoke</translation>
    </message>
    <message>
        <source>server init 不需要其他参数</source>
        <translation>server init takes no other arguments</translation>
    </message>
    <message>
        <source>server %1 需要一个用户名</source>
        <translation>server %1 needs a user name</translation>
    </message>
    <message>
        <source>--db 应为 PostgreSQL 数据库（postgresql://… 或 service=名称），而不是“%1”</source>
        <translation>--db must be a PostgreSQL database (postgresql://… or service=NAME), not “%1”</translation>
    </message>
    <message>
        <source>在 PostgreSQL 服务器上建立共用数据库，授予或收回权限</source>
        <translation>Set up the shared database on a PostgreSQL server, grant or revoke rights</translation>
    </message>
    <message>
        <source>init：建立或升级数据表、访问规则和用户组（nianbao_clerk、nianbao_reviewer、nianbao_admin）；再次运行不做任何改动。由数据库的所有者（需有 CREATEROLE 权限）或超级用户运行。

grant：登录用户 USER 不存在时创建它（程序不设置密码），并给它权限：--clerk 机关 为该机关的填报人（填写、定稿、报送本机关的报告），--reviewer 机关 为审核人（查看该机关及下级的报告、汇总和报送情况，退回已报送的报告，不能修改数字），--admin 为管理员（管理机关、上下级关系和权限）。

revoke：收回这项权限，登录用户本身保留。

权限由数据库服务器用角色和行级安全策略执行：即使用 psql 直接连接，也不能读写别的机关的报告、修改已定稿的报告或冒用别人的名义。</source>
        <translation>init: creates or upgrades the tables, access policies and groups (nianbao_clerk, nianbao_reviewer, nianbao_admin); running it again changes nothing. Run by the database owner (with CREATEROLE) or a superuser.

grant: creates the login USER when it does not exist (the program sets no password) and gives it a right: --clerk AGENCY makes it that agency’s clerk (fills in, finalises and submits the agency’s reports), --reviewer AGENCY its reviewer (sees the reports, aggregates and submissions of that agency and those below it, returns submitted reports, cannot change figures), --admin an administrator (manages agencies, the tree and rights).

revoke: takes the right back; the login itself stays.

The server enforces the rights with roles and row-level security policies: even connected directly with psql, a user cannot read or write another agency’s reports, change a final report or act in someone else’s name.</translation>
    </message>
    <message>
        <source>该机关的填报人</source>
        <translation>Clerk of this agency</translation>
    </message>
    <message>
        <source>该机关及其下级的审核人</source>
        <translation>Reviewer of this agency and those below it</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>设置文件 %1 不是普通文件</source>
        <translation>The settings file %1 is not a regular file</translation>
    </message>
    <message>
        <source>设置文件 %1 有 %2 MB，不是本程序写的设置文件</source>
        <translation>The settings file %1 has %2 MB; this program did not write it</translation>
    </message>
    <message>
        <source>无法读取设置文件 %1：%2</source>
        <translation>Cannot read the settings file %1: %2</translation>
    </message>
    <message>
        <source>设置文件 %1 不是 UTF-8 文本</source>
        <translation>The settings file %1 is not UTF-8 text</translation>
    </message>
    <message>
        <source>设置文件 %1 第 %2 行含有控制字符</source>
        <translation>Line %2 of the settings file %1 contains control characters</translation>
    </message>
    <message>
        <source>设置文件 %1 第 %2 行不是设置项</source>
        <translation>Line %2 of the settings file %1 is not a setting</translation>
    </message>
    <message>
        <source>设置文件 %1 无法读取</source>
        <translation>The settings file %1 cannot be read</translation>
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
    <name>SqliteReportStore</name>
    <message>
        <source>数据库文件 %1 由更新版本的年报程序创建（数据库版本 %2，本程序只支持到 %3）。请升级程序；文件未做任何改动。</source>
        <translation>The database file %1 was created by a newer version of Nianbao (database version %2; this program supports up to %3). Please upgrade; the file was not changed.</translation>
    </message>
    <message>
        <source>文件 %1 是其他程序的 SQLite 数据库，不是年报数据库。文件未做任何改动。</source>
        <translation>The file %1 is another program&apos;s SQLite database, not a Nianbao database. The file was not changed.</translation>
    </message>
    <message>
        <source>数据库文件 %1 无法启用预写日志（%2），为防止丢失数据，不予打开。</source>
        <translation>The database file %1 cannot use write-ahead logging (%2); it is not opened, to avoid losing data.</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>恢复到快照 %1</source>
        <translation>Restored snapshot %1</translation>
    </message>
    <message>
        <source>%1 年度的报告已经存在；如要用上年结转的内容替换它，请选择替换（替换前会保存快照）。</source>
        <translation>The %1 report already exists; to replace it with one carried forward from last year, choose Replace (a snapshot is saved first).</translation>
    </message>
    <message>
        <source>新年度替换前</source>
        <translation>Before replacement by new year</translation>
    </message>
    <message>
        <source>新年度</source>
        <translation>New year</translation>
    </message>
    <message>
        <source>由 %1 年度结转</source>
        <translation>Carried forward from %1</translation>
    </message>
    <message>
        <source>%1 年度的报告已经存在，未导入；如要替换，请使用 --replace（替换前会保存快照）。</source>
        <translation>The %1 report already exists and was not imported; to replace it, use --replace (a snapshot is saved first).</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>StartupOptionsParser</name>
    <message>
        <source>编制政府信息公开工作年度报告</source>
        <translation>Prepare the annual report on government information disclosure</translation>
    </message>
    <message>
        <source>界面语言：zh_CN 或 en</source>
        <translation>Interface language: zh_CN or en</translation>
    </message>
    <message>
        <source>窗口显示后立即退出（测量启动时间用）</source>
        <translation>Quit as soon as the window is shown (to measure start-up time)</translation>
    </message>
    <message>
        <source>不支持的语言“%1”：请用 zh_CN 或 en。</source>
        <translation>Unsupported language &quot;%1&quot;: use zh_CN or en.</translation>
    </message>
    <message>
        <source>--db 需要一个数据库文件路径。</source>
        <translation>--db needs the path of a database file.</translation>
    </message>
    <message>
        <source>年报（nianbao）按 2021 年格式（国办公开办函〔2021〕30号）填写、检查和发布政府信息公开工作年度报告：每个部分一页，合计随输入更新，检查结果标在单元格上；每次修改都立即保存；可打印 PDF（普通版式或公文格式）、导出网页、ODT 和 CSV，并导入已发布的报告。

所有机关、所有年度的报告保存在一个数据库中。FILE 为数据包（.nianbao.json）或已发布的报告（.txt、.html）时，先显示它的导入预览。不用图形界面的操作见 nianbao-cli(1)。</source>
        <translation>Nianbao (年报) fills in, checks and publishes annual reports on government information disclosure in the 2021 format (国办公开办函〔2021〕30号): one page per section, totals updated as you type, findings marked on their cells; every edit is saved at once; prints PDF (ordinary layout or official document format) and exports web pages, ODT and CSV, and imports published reports.

The reports of all agencies and all years are kept in one database. When FILE is a package (.nianbao.json) or a published report (.txt, .html), its import preview is shown first. For work without a window see nianbao-cli(1).</translation>
    </message>
    <message>
        <source>显示选项说明</source>
        <translation>Show the options</translation>
    </message>
    <message>
        <source>显示版本</source>
        <translation>Show the version</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>环境</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>LC_ALL、LC_MESSAGES、LANG 为英文（en_*）时界面为英文，否则为中文；--lang 优先。</source>
        <translation>The window is in English when LC_ALL, LC_MESSAGES or LANG is English (en_*), otherwise in Chinese; --lang takes precedence.</translation>
    </message>
    <message>
        <source>输出 man 手册页（打包时生成）</source>
        <translation>Print the man page (generated when packaging)</translation>
    </message>
    <message>
        <source>要打开的数据包或已发布的报告</source>
        <translation>A package or published report to open</translation>
    </message>
    <message>
        <source>一次只能打开一个文件。</source>
        <translation>Only one file can be opened at a time.</translation>
    </message>
    <message>
        <source>使用的数据库文件，或 PostgreSQL 服务器（postgresql://用户@主机/库名 或 service=名称）</source>
        <translation>The database file to use, or a PostgreSQL server (postgresql://user@host/dbname or service=NAME)</translation>
    </message>
    <message>
        <source>不给 --db 时使用“文件 → 打开数据库”上次打开的数据库，否则为：
  ~/.local/share/nianbao/nianbao/nianbao.sqlite3
连不上服务器时的修改暂存在：
  ~/.local/share/nianbao/nianbao/journals/</source>
        <translation>Without --db, the database opened last with “File → Open Database”, otherwise:
  ~/.local/share/nianbao/nianbao/nianbao.sqlite3
Edits made while the server cannot be reached are kept in:
  ~/.local/share/nianbao/nianbao/journals/</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>没有 %1 年度的报告。</source>
        <translation>There is no report for %1.</translation>
    </message>
    <message>
        <source>%1 年度的报告已经存在。</source>
        <translation>The report for %1 exists already.</translation>
    </message>
    <message>
        <source>%1 年度的报告已定稿，不能修改；如需修改，请先填写理由重新打开。</source>
        <translation>The report for %1 is final and cannot be changed; to change it, reopen it with a reason first.</translation>
    </message>
    <message>
        <source>%1 年度的报告已定稿，不能替换；请先填写理由重新打开。</source>
        <translation>The report for %1 is final and cannot be replaced; reopen it with a reason first.</translation>
    </message>
    <message>
        <source>没有编号为 %1 的快照。</source>
        <translation>There is no snapshot number %1.</translation>
    </message>
    <message>
        <source>没有 %1 年度的报告，无法从上年结转；可以新建一份空白报告。</source>
        <translation>There is no report for %1 to carry forward from; you can create an empty report.</translation>
    </message>
    <message>
        <source>没有机关 %1。</source>
        <translation>There is no agency %1.</translation>
    </message>
    <message>
        <source>机关名称不能为空。</source>
        <translation>The agency name must not be empty.</translation>
    </message>
    <message>
        <source>机关 %1 已经存在，不能改成这个名称。</source>
        <translation>Agency %1 exists already; the name cannot be changed to it.</translation>
    </message>
    <message>
        <source>%1 年度报告的“%2”在打开之后已被别处修改，本次修改没有保存，以免覆盖别处的内容。请比较两个版本后再保存。</source>
        <translation>“%2” of the %1 report was changed elsewhere after it was opened; this change was not saved, so as not to overwrite it. Compare the two versions before saving.</translation>
    </message>
    <message>
        <source>重新打开已定稿的报告需要填写理由。</source>
        <translation>Reopening a final report needs a reason.</translation>
    </message>
    <message>
        <source>%1 年度的报告还有错误（%2），改正后才能定稿。</source>
        <translation>The report for %1 still has errors (%2); correct them before finalising.</translation>
    </message>
    <message>
        <source>%1 年度的报告有未说明的警告（%2），请为每条警告填写说明后再定稿。</source>
        <translation>The report for %1 has unexplained warnings (%2); explain each warning before finalising.</translation>
    </message>
    <message>
        <source>年度应为 %1 至 %2 之间的年份，而不是 %3。</source>
        <translation>The year must be from %1 to %2, not %3.</translation>
    </message>
    <message>
        <source>没有上级机关 %1。</source>
        <translation>There is no parent agency %1.</translation>
    </message>
    <message>
        <source>不能把 %1 放到 %2 之下：%2 是它自己或它的下级机关。</source>
        <translation>%1 cannot be placed under %2: %2 is itself or below it.</translation>
    </message>
</context>
<context>
    <name>SubmissionRules</name>
    <message>
        <source>%1 已经报送。</source>
        <translation>%1 has been submitted already.</translation>
    </message>
    <message>
        <source>%1 还没有定稿：定稿后才能报送。</source>
        <translation>%1 is not final yet: it can be submitted once final.</translation>
    </message>
    <message>
        <source>%1 没有报送，无需退回。</source>
        <translation>%1 was not submitted, so it need not be returned.</translation>
    </message>
    <message>
        <source>退回报告需要填写理由。</source>
        <translation>Returning a report needs a reason.</translation>
    </message>
    <message>
        <source>%1 已经报送，不能由本机关重新打开；如需修改，请上级退回。</source>
        <translation>%1 has been submitted and cannot be reopened by the agency; to change it, ask the office above to return it.</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>此行读到 %1 个数值，应有 %2 个，无法确定各数值属于哪一列</source>
        <translation>%1 values read in this row where %2 are expected; cannot tell which column each belongs to</translation>
    </message>
    <message>
        <source>“%1”不是数字</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>表头不是 2021 年版格式的列，无法确定数值所属的列</source>
        <translation>The table header does not have the 2021 format&apos;s columns; cannot tell which column the values belong to</translation>
    </message>
    <message>
        <source>报告中没有找到这一行</source>
        <translation>This row was not found in the report</translation>
    </message>
    <message>
        <source>表头无法识别，此行的数值又不能由“总计等于前几列之和”验证，无法确定各数值所属的列</source>
        <translation>The header cannot be read and the figures of this row do not verify as “total equals the sum of the columns before it”, so their columns cannot be told</translation>
    </message>
    <message>
        <source>“%1”的表头无法识别（常见于 PDF 转出的文字）；其中 %2 行恰有 %3 个数值且最后一个等于前几个之和，已按 2021 年版格式的列顺序（%4）读取，请核对；%5 行无法验证，未读取</source>
        <translation>The header of “%1” cannot be read (common in text converted from PDF); %2 rows have exactly %3 figures with the last equal to the sum of the others and were read in the column order of the 2021 format (%4), please check; %5 rows could not be verified and were not read</translation>
    </message>
</context>
<context>
    <name>UsageText</name>
    <message>
        <source>示例：</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>%1（可选：%2）</source>
        <translation>%1 (one of: %2)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>用法：%1 %2</source>
        <translation>Usage: %1 %2</translation>
    </message>
    <message>
        <source>命令：</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>选项：</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>：</source>
        <translation>: </translation>
    </message>
</context>
<context>
    <name>nb::session::DraftSession</name>
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
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
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
        <translation>The pasted block covers the calculated total &quot;%1&quot;; select only the cells to fill in and paste again.</translation>
    </message>
    <message>
        <source>第 %1 行第 %2 列（%3）的“%4”无法粘贴：%5</source>
        <translation>Row %1, column %2 (%3): &quot;%4&quot; cannot be pasted: %5</translation>
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
        <translation>
            <numerusform>%n problem keeps the report from being final:</numerusform>
            <numerusform>%n problems keep the report from being final:</numerusform>
        </translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>重新打开已定稿的报告需要填写原因。</source>
        <translation>Reopening a final report needs a reason.</translation>
    </message>
    <message>
        <source>只能给填写的单元格加批注，合计单元格不能加。</source>
        <translation>Notes can only be added to input cells, not to totals.</translation>
    </message>
    <message>
        <source>删除批注 %1</source>
        <translation>Delete note on %1</translation>
    </message>
    <message>
        <source>批注 %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>这是只读的预览，不能修改。</source>
        <translation>This is a read-only preview; it cannot be changed.</translation>
    </message>
    <message>
        <source>已定稿，如需修改请先撤销定稿。</source>
        <translation>Final; to change it, undo finalising first.</translation>
    </message>
    <message>
        <source>“%1”已在别处被修改，这里的修改尚未保存。请比较两个版本，选择保留哪一个或合并。</source>
        <translation>“%1” was changed elsewhere; the change here is not saved yet. Compare the two versions and keep one or merge them.</translation>
    </message>
    <message>
        <source>%1 的值 %2 超出了可以填写的范围（%3）</source>
        <translation>The value %2 of %1 is outside the range that can be entered (%3)</translation>
    </message>
    <message>
        <source>剪贴板中的内容有 %1 个字符，不是可以粘贴到表格中的数据。</source>
        <translation>The clipboard holds %1 characters; that is not data that can be pasted into a table.</translation>
    </message>
    <message>
        <source>标为已修订：%1</source>
        <translation>Marked as revised: %1</translation>
    </message>
</context>
<context>
    <name>nb::storage::History</name>
    <message>
        <source>没有编号为 %1 的快照。</source>
        <translation>There is no snapshot number %1.</translation>
    </message>
</context>
<context>
    <name>nb::ui::AgencyChoiceDialog</name>
    <message>
        <source>选择参与汇总的机关</source>
        <translation>Choose the agencies to aggregate</translation>
    </message>
    <message>
        <source>勾选要计入汇总的机关。</source>
        <translation>Check the agencies to include in the aggregate. </translation>
    </message>
    <message>
        <source>勾选%1下要计入汇总的机关。</source>
        <translation>Check the agencies below %1 to include in the aggregate. </translation>
    </message>
    <message>
        <source>未勾选的机关不计入各项数字，汇总的检查（缺报、未定稿、有错误）也不涉及它们。</source>
        <translation>Unchecked agencies are left out of every figure, and the aggregate’s checks (missing, not final, with errors) do not concern them.</translation>
    </message>
    <message>
        <source>按名称筛选</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>全选(&amp;A)</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <source>全不选(&amp;U)</source>
        <translation>&amp;Uncheck all</translation>
    </message>
    <message>
        <source>汇总选定的机关</source>
        <translation>Aggregate the checked agencies</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已选 %1 / %2 个</source>
        <translation>%1 of %2 checked</translation>
    </message>
</context>
<context>
    <name>nb::ui::AgencyManagerDialog</name>
    <message>
        <source>机关管理</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>把机关拖到另一个机关上，或在“上级机关”中选择，即可移动（连同其下级机关）；报告跟着机关名称走，移动不影响任何报告。</source>
        <translation>Drag an agency onto another, or choose it under “Parent agency”, to move it (with the agencies below it); reports go with the agency’s name, and a move changes no report.</translation>
    </message>
    <message>
        <source>选中的机关</source>
        <translation>Selected agency</translation>
    </message>
    <message>
        <source>改名(&amp;R)</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>移动(&amp;M)</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>上级机关(&amp;P)：</source>
        <translation>&amp;Parent agency:</translation>
    </message>
    <message>
        <source>新增机关</source>
        <translation>New agency</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>名称(&amp;E)：</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <source>类型(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>上级机关(&amp;U)：</source>
        <translation>Parent agenc&amp;y:</translation>
    </message>
    <message>
        <source>（无，最上级）</source>
        <translation>(none, at the top)</translation>
    </message>
    <message>
        <source>不能%1：%2</source>
        <translation>Cannot %1: %2</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>add</translation>
    </message>
    <message>
        <source>已添加机关 %1。</source>
        <translation>Agency %1 added.</translation>
    </message>
    <message>
        <source>已在 %2 之下添加机关 %1。</source>
        <translation>Agency %1 added under %2.</translation>
    </message>
    <message>
        <source>请先在左边选择一个机关。</source>
        <translation>Select an agency on the left first.</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>rename</translation>
    </message>
    <message>
        <source>机关 %1 已改名为 %2，各年度的报告都已保留。</source>
        <translation>Agency %1 renamed to %2; the reports of every year are kept.</translation>
    </message>
    <message>
        <source>移动</source>
        <translation>move</translation>
    </message>
    <message>
        <source>已把 %1 移到最上级。</source>
        <translation>%1 moved to the top.</translation>
    </message>
    <message>
        <source>已把 %1 移到 %2 之下。</source>
        <translation>%1 moved under %2.</translation>
    </message>
</context>
<context>
    <name>nb::ui::AgencyTreeModel</name>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>人民政府</source>
        <translation>People’s government</translation>
    </message>
    <message>
        <source>政府部门</source>
        <translation>Government department</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>nb::ui::AggregateWindow</name>
    <message>
        <source>汇总</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <source>汇总机关(&amp;N)：</source>
        <translation>Aggregate &amp;node:</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>按数据库中现在的报告重新汇总（F5）</source>
        <translation>Aggregate again from the reports now in the database (F5)</translation>
    </message>
    <message>
        <source>查看构成(&amp;E)…</source>
        <translation>&amp;Explain…</translation>
    </message>
    <message>
        <source>当前单元格由哪些机关的多少构成（在表格中按 Ctrl+E）</source>
        <translation>Which agencies make up the current cell, and how much each (Ctrl+E in the table)</translation>
    </message>
    <message>
        <source>对比上年(&amp;P)…</source>
        <translation>Com&amp;pare with last year…</translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>全部机关</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>数据库中还没有报告，无从汇总。</source>
        <translation>The database has no reports yet: nothing to aggregate.</translation>
    </message>
    <message>
        <source>%1 %2 个</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>请先在表格中选中一个单元格。</source>
        <translation>Select a cell in a table first.</translation>
    </message>
    <message>
        <source>%1 %2年</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>还没有汇总结果。</source>
        <translation>There is no aggregate yet.</translation>
    </message>
    <message>
        <source>导出汇总</source>
        <translation>Export aggregate</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>范围内的机关 %1 年都没有报告，无从对比。</source>
        <translation>No agency in scope has a report for %1: nothing to compare with.</translation>
    </message>
    <message>
        <source>选择机关(&amp;A)…</source>
        <translation>Choose &amp;agencies…</translation>
    </message>
    <message>
        <source>只汇总该机关下选定的机关（默认全部）</source>
        <translation>Aggregate only chosen agencies below this one (all by default)</translation>
    </message>
    <message>
        <source>%1下没有机关。</source>
        <translation>There are no agencies below %1.</translation>
    </message>
    <message>
        <source>%1（选定的 %2 个机关）</source>
        <translation>%1 (%2 chosen agencies)</translation>
    </message>
    <message>
        <source>汇总：%1</source>
        <translation>Aggregate: %1</translation>
    </message>
    <message>
        <source>范围内 %1 个机关</source>
        <translation>%1 agencies in scope</translation>
    </message>
    <message>
        <source>只汇总选定的 %1 个机关（共 %2 个，其余不计入数字和检查）</source>
        <translation>only the %1 chosen agencies of %2 (the others are left out of the figures and the checks)</translation>
    </message>
    <message>
        <source>%1 %2年：%3，%4 个有报告（%5）。汇总只读；在单元格上按 Ctrl+E 查看构成。</source>
        <translation>%1 %2: %3, %4 with a report (%5). The aggregate is read-only; press Ctrl+E on a cell to see what makes it up.</translation>
    </message>
    <message>
        <source>选择机关(&amp;A)…（%1/%2）</source>
        <translation>Choose &amp;agencies… (%1/%2)</translation>
    </message>
</context>
<context>
    <name>nb::ui::BatchCheckDialog</name>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>批量检查已发布的报告</source>
        <translation>Check Published Reports in Bulk</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
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
        <source>未能读取的单元格</source>
        <translation>Unread cells</translation>
    </message>
    <message>
        <source>保存审查报告…</source>
        <translation>Save Reviewer&apos;s Report…</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>检查了 %1 个文件：有错误的 %2 个，只有警告的 %3 个，无法读取的 %4 个。选中一行可看到各条问题及其引用的原文。</source>
        <translation>Checked %1 files: %2 with errors, %3 with warnings only, %4 unreadable. Select a row to see each finding and the sentence it quotes.</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>
原文：“%1”</source>
        <translation>
Quoted: “%1”</translation>
    </message>
    <message>
        <source>审查报告已保存：%1</source>
        <translation>Reviewer&apos;s report saved: %1</translation>
    </message>
    <message>
        <source>没有保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>保存审查报告</source>
        <translation>Save Reviewer&apos;s Report</translation>
    </message>
    <message>
        <source>审查报告.html</source>
        <translation>review.html</translation>
    </message>
    <message>
        <source>网页 (*.html);;表格 (*.csv)</source>
        <translation>Web page (*.html);;Table (*.csv)</translation>
    </message>
</context>
<context>
    <name>nb::ui::BoardWindow</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>报送情况</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>全部机关</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>机关(&amp;N)：</source>
        <translation>Age&amp;ncy:</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>筛选(&amp;F)：</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>打开报告(&amp;O)</source>
        <translation>&amp;Open report</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;C)…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>导出网页(&amp;H)…</source>
        <translation>Export web page (&amp;HTML)…</translation>
    </message>
    <message>
        <source>导出网页</source>
        <translation>Export web page</translation>
    </message>
    <message>
        <source>网页 (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;D)…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（按“%1”筛选，显示 %2 个）</source>
        <translation>(filtered by “%1”: %2 shown)</translation>
    </message>
    <message>
        <source>%1 还没有 %2 年的报告。</source>
        <translation>%1 has no report for %2 yet.</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::CompareWindow</name>
    <message>
        <source>%1：共 %2 个单元格，其中 %3 个与上年不同；变化大的在前。</source>
        <translation>%1: %2 cells, %3 of them differ from last year; the largest changes first.</translation>
    </message>
    <message>
        <source>只显示有变化的单元格(&amp;C)</source>
        <translation>Show only &amp;changed cells</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>与上年的相似度</source>
        <translation>Similarity to last year</translation>
    </message>
    <message>
        <source>不认识的文件类型“%1”：请用 .html、.pdf 或 .csv。</source>
        <translation>Unknown file type &quot;%1&quot;: use .html, .pdf or .csv.</translation>
    </message>
    <message>
        <source>导出对比</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <source>网页 (*.html);;PDF (*.pdf);;CSV 表格 (*.csv)</source>
        <translation>Web page (*.html);;PDF (*.pdf);;CSV table (*.csv)</translation>
    </message>
</context>
<context>
    <name>nb::ui::ExplainDialog</name>
    <message>
        <source>查看构成：%1</source>
        <translation>Explain: %1</translation>
    </message>
    <message>
        <source>%1
%2（%3）= %4</source>
        <translation>%1
%2 (%3) = %4</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>合计 %1（%n 个机关）</source>
        <translation>
            <numerusform>Total %1 (%n agency)</numerusform>
            <numerusform>Total %1 (%n agencies)</numerusform>
        </translation>
    </message>
    <message>
        <source>范围内的机关都有报告。</source>
        <translation>Every agency in scope has a report.</translation>
    </message>
    <message>
        <source>没有报告、未计入的机关（%1 个）：%2</source>
        <translation>Agencies without a report, not counted (%1): %2</translation>
    </message>
    <message>
        <source>打开报告(&amp;O)</source>
        <translation>&amp;Open report</translation>
    </message>
    <message>
        <source>单击打开%1的报告，定位到此单元格</source>
        <translation>Click to open the report of %1 at this cell</translation>
    </message>
    <message>
        <source>单击机关名称打开该机关的报告并定位到此单元格；也可用方向键选中后按 Enter。</source>
        <translation>Click an agency’s name to open its report at this cell, or select a line with the arrow keys and press Enter.</translation>
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
    <message>
        <source>规则说明</source>
        <translation>About This Rule</translation>
    </message>
    <message>
        <source>这条规则的含义和例子（F1）</source>
        <translation>What this rule means, with an example (F1)</translation>
    </message>
</context>
<context>
    <name>nb::ui::HistoryDialog</name>
    <message>
        <source>历史版本 — %1 %2年</source>
        <translation>History — %1 %2</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>选择左侧的一个版本查看其内容。</source>
        <translation>Select a version on the left to see its content.</translation>
    </message>
    <message>
        <source>保存快照(&amp;S)…</source>
        <translation>&amp;Save Snapshot…</translation>
    </message>
    <message>
        <source>恢复此版本(&amp;R)…</source>
        <translation>&amp;Restore This Version…</translation>
    </message>
    <message>
        <source>请填写保存快照的原因。</source>
        <translation>Please give a reason for the snapshot.</translation>
    </message>
    <message>
        <source>请先选择要恢复的版本。</source>
        <translation>Select the version to restore first.</translation>
    </message>
    <message>
        <source>保存快照</source>
        <translation>Save Snapshot</translation>
    </message>
    <message>
        <source>快照的原因（如“报送前”）：</source>
        <translation>Reason for the snapshot (such as “before submission”):</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>恢复历史版本</source>
        <translation>Restore Version</translation>
    </message>
    <message>
        <source>用 %1（%2）的版本替换当前内容？当前内容会先保存为快照。</source>
        <translation>Replace the current content with the version of %1 (%2)? The current content is saved as a snapshot first.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ImportPreviewDialog</name>
    <message>
        <source>导入预览 — %1</source>
        <translation>Import Preview — %1</translation>
    </message>
    <message>
        <source>创建草稿</source>
        <translation>Create Draft</translation>
    </message>
    <message>
        <source>替换现有报告</source>
        <translation>Replace Existing Report</translation>
    </message>
    <message>
        <source>报告中没有找到机关名称，请填写</source>
        <translation>No agency name found in the report; please enter it</translation>
    </message>
    <message>
        <source>机关名称：</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>单元格</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>报告中印的</source>
        <translation>As printed</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>（未找到该行）</source>
        <translation>(row not found)</translation>
    </message>
    <message>
        <source>文字编码：%1</source>
        <translation>Text encoding: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n 个单元格印为空白、“—”或“/”，已留空（检查规则按 0 计）。</source>
        <translation>
            <numerusform>%n cell printed as blank, “—” or “/” was left blank (the checks count it as 0).</numerusform>
            <numerusform>%n cells printed as blank, “—” or “/” were left blank (the checks count them as 0).</numerusform>
        </translation>
    </message>
    <message>
        <source>无法识别的单元格（%1）</source>
        <translation>Unreadable Cells (%1)</translation>
    </message>
    <message>
        <source>导入说明（%1）</source>
        <translation>Import Notes (%1)</translation>
    </message>
    <message>
        <source>请填写机关名称后再导入。</source>
        <translation>Enter the agency&apos;s name before importing.</translation>
    </message>
    <message>
        <source>将新建%1 %2年的报告草稿。</source>
        <translation>A new draft of the %2 report of %1 will be created.</translation>
    </message>
    <message>
        <source>%1 %2年的报告已定稿，不能替换；如需替换，请先重新打开该报告。</source>
        <translation>The %2 report of %1 is final and cannot be replaced; to replace it, reopen it first.</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在：替换前会把现有内容保存为快照，可在“历史版本”中恢复。</source>
        <translation>The %2 report of %1 already exists: its content is saved as a snapshot before it is replaced, and can be restored from History.</translation>
    </message>
    <message>
        <source>没有导入：%1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>人民政府（含办公厅/室）</source>
        <translation>People’s government (incl. its general office)</translation>
    </message>
    <message>
        <source>政府部门（部门、局、委等）</source>
        <translation>Government department (department, bureau, commission …)</translation>
    </message>
    <message>
        <source>其他（法律法规授权组织、公共企事业单位等）</source>
        <translation>Other (bodies authorised by law, public enterprises and institutions …)</translation>
    </message>
    <message>
        <source>机关类别：</source>
        <translation>Agency kind:</translation>
    </message>
    <message>
        <source>从已发布的上年报告开始 — %1</source>
        <translation>Start from Last Year’s Published Report — %1</translation>
    </message>
    <message>
        <source>保存%1年报告并开始%2年</source>
        <translation>Save the %1 Report and Start %2</translation>
    </message>
    <message>
        <source>替换%1年报告并开始%2年</source>
        <translation>Replace the %1 Report and Start %2</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在，不会覆盖它：请取消，在欢迎页打开它；需要时用“报告 → 用上一年度报告重新结转”。</source>
        <translation>The %2 report of %1 exists already and will not be overwritten: cancel and open it from the welcome page; if needed, use “Report → Carry forward again from last year”.</translation>
    </message>
    <message>
        <source>保存后据此新建%1年的报告：上年结转、现行有效件数和文字模板取自这份报告。</source>
        <translation>Once saved, the %1 report is created from it: carried-over applications, documents in force and the text template come from this report.</translation>
    </message>
    <message>
        <source>请填写机关名称后再继续。</source>
        <translation>Fill in the agency name to go on.</translation>
    </message>
    <message>
        <source>这是%1 %2年的报告，将保存为草稿。</source>
        <translation>This is the %2 report of %1; it will be saved as a draft.</translation>
    </message>
    <message>
        <source>%1 %2年的报告已定稿，不能替换；可取消后在欢迎页选“从上一年度报告结转”。</source>
        <translation>The %2 report of %1 is final and cannot be replaced; cancel and choose “Carried forward from last year’s report” on the welcome page.</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在：替换前会把现有内容保存为快照。</source>
        <translation>The %2 report of %1 exists already: its content is kept as a snapshot before it is replaced.</translation>
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
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
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
        <source>导出</source>
        <translation>Export</translation>
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
    <message>
        <source>导入已发布的报告(&amp;B)…</source>
        <translation>Import Pu&amp;blished Report…</translation>
    </message>
    <message>
        <source>页面设置(&amp;U)…</source>
        <translation>Page Set&amp;up…</translation>
    </message>
    <message>
        <source>历史版本(&amp;H)…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>重命名机关(&amp;M)…</source>
        <translation>Rena&amp;me Agency…</translation>
    </message>
    <message>
        <source>已导入，但无法打开%1 %2年的报告。</source>
        <translation>Imported, but the %2 report of %1 cannot be opened.</translation>
    </message>
    <message>
        <source>已导入 %1：%2 %3年</source>
        <translation>Imported %1: %2 %3</translation>
    </message>
    <message>
        <source>导入已发布的报告</source>
        <translation>Import Published Report</translation>
    </message>
    <message>
        <source>已恢复历史版本；恢复前的内容已保存为快照。</source>
        <translation>Version restored; the content before it was saved as a snapshot.</translation>
    </message>
    <message>
        <source>机关名称不能为空。</source>
        <translation>The agency&apos;s name must not be empty.</translation>
    </message>
    <message>
        <source>机关“%1”已改名为“%2”，各年度的报告都已保留。</source>
        <translation>Agency “%1” renamed to “%2”; the reports of every year are kept.</translation>
    </message>
    <message>
        <source>重命名机关</source>
        <translation>Rename Agency</translation>
    </message>
    <message>
        <source>“%1”的新名称（各年度的报告都会保留）：</source>
        <translation>New name for “%1” (the reports of every year are kept):</translation>
    </message>
    <message>
        <source>版式(&amp;L)</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>正式版式</source>
        <translation>Official layout</translation>
    </message>
    <message>
        <source>公文格式（GB/T 9704）</source>
        <translation>Official document format (GB/T 9704)</translation>
    </message>
    <message>
        <source>关闭报告</source>
        <translation>Close Report</translation>
    </message>
    <message>
        <source>最近的修改没能保存，报告保持打开，修改仍在窗口中，问题解决后会自动保存：%1</source>
        <translation>The latest edits could not be saved; the report stays open with the edits in the window and they are saved once the problem is solved: %1</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>Open Report</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>有冲突，未保存</source>
        <translation>Conflict, not saved</translation>
    </message>
    <message>
        <source>立即重试</source>
        <translation>Retry Now</translation>
    </message>
    <message>
        <source>比较两个版本…</source>
        <translation>Compare the Two Versions…</translation>
    </message>
    <message>
        <source>修改没能保存到数据库，仍保留在窗口中，问题解决后会自动保存（也可以点“立即重试”）。原因：%1</source>
        <translation>The edits could not be saved to the database; they stay in the window and are saved once the problem is solved (or click “Retry Now”). Reason: %1</translation>
    </message>
    <message>
        <source>有文字部分在别处被修改，与这里尚未保存的修改冲突，这些部分暂不保存。请比较两个版本后选择。</source>
        <translation>Text sections were changed elsewhere and conflict with unsaved changes here; those sections are not saved for now. Compare the two versions and choose.</translation>
    </message>
    <message numerus="yes">
        <source>%n 个单元格</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>另一个窗口或程序修改了%1，已显示最新内容。</source>
        <translation>Another window or program changed %1; the latest content is shown.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>最近的修改没能保存到数据库：%1

不退出，修改会继续保留在窗口中，问题解决后自动保存。</source>
        <translation>The latest edits could not be saved to the database: %1

If you do not quit, the edits stay in the window and are saved once the problem is solved.</translation>
    </message>
    <message>
        <source>不退出</source>
        <translation>Don&apos;t Quit</translation>
    </message>
    <message>
        <source>另存为报告包后退出…</source>
        <translation>Save as Package and Quit…</translation>
    </message>
    <message>
        <source>放弃这些修改并退出</source>
        <translation>Discard These Edits and Quit</translation>
    </message>
    <message>
        <source>另存为报告包</source>
        <translation>Save as Package</translation>
    </message>
    <message>
        <source>报告包 (*.nianbao.json)</source>
        <translation>Report package (*.nianbao.json)</translation>
    </message>
    <message>
        <source>新窗口(&amp;W)</source>
        <translation>New &amp;Window</translation>
    </message>
    <message>
        <source>批量检查已发布的报告(&amp;K)…</source>
        <translation>Chec&amp;k Published Reports in Bulk…</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>下一部分(&amp;N)</source>
        <translation>&amp;Next Section</translation>
    </message>
    <message>
        <source>上一部分(&amp;P)</source>
        <translation>&amp;Previous Section</translation>
    </message>
    <message>
        <source>撤销定稿(&amp;O)…</source>
        <translation>Und&amp;o Finalising…</translation>
    </message>
    <message>
        <source>把%1定稿？</source>
        <translation>Finalise %1?</translation>
    </message>
    <message>
        <source>定稿后报告只能查看、打印和导出：数字、文字、批注和报告信息都不能再修改，撤销记录清空，并保存一份定稿快照。如需修改，要先“撤销定稿”并填写原因，原因记入日志。</source>
        <translation>A final report can only be viewed, printed and exported: figures, texts, notes and report data can no longer be changed, the undo history is cleared and a snapshot of the final report is kept. To change it, first “Undo Finalising” with a reason, which goes into the log.</translation>
    </message>
    <message>
        <source>撤销定稿</source>
        <translation>Undo Finalising</translation>
    </message>
    <message>
        <source>撤销定稿、重新修改报告的原因（将记入日志）：</source>
        <translation>Why finalising is undone and the report changed again (goes into the log):</translation>
    </message>
    <message>
        <source>不认识的文件类型“%1”：请选择 PDF 文件（.pdf）、网页文字（.txt）、网页（.html、.htm）或报告包（.nianbao.json）。</source>
        <translation>Unknown file type “%1”: choose a PDF file (.pdf), web page text (.txt), a web page (.html, .htm) or a report package (.nianbao.json).</translation>
    </message>
    <message>
        <source>已发布的报告 (*.pdf *.txt *.html *.htm *.nianbao.json);;PDF 文件 (*.pdf);;网页文字 (*.txt);;网页 (*.html *.htm);;报告包 (*.nianbao.json);;所有文件 (*)</source>
        <translation>Published reports (*.pdf *.txt *.html *.htm *.nianbao.json);;PDF files (*.pdf);;Web page text (*.txt);;Web pages (*.html *.htm);;Report packages (*.nianbao.json);;All files (*)</translation>
    </message>
    <message>
        <source>批量检查已发布的报告</source>
        <translation>Check Published Reports in Bulk</translation>
    </message>
    <message>
        <source>报告 (*.pdf *.txt *.html *.htm *.nianbao.json);;所有文件 (*)</source>
        <translation>Reports (*.pdf *.txt *.html *.htm *.nianbao.json);;All files (*)</translation>
    </message>
    <message>
        <source>机关已改名，但无法打开%1 %2年的报告。</source>
        <translation>The agency was renamed, but the %2 report of %1 cannot be opened.</translation>
    </message>
    <message>
        <source>使用说明(&amp;M)</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>键盘快捷键(&amp;K)</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>从已发布的上年报告开始</source>
        <translation>Start from Last Year’s Published Report</translation>
    </message>
    <message>
        <source>选择%1 %2年已发布的报告</source>
        <translation>Choose the Published %2 Report of %1</translation>
    </message>
    <message>
        <source>已发布的报告 (*.pdf *.txt *.html *.htm);;PDF 文件 (*.pdf);;网页文字 (*.txt);;网页 (*.html *.htm);;所有文件 (*)</source>
        <translation>Published reports (*.pdf *.txt *.html *.htm);;PDF files (*.pdf);;Web page text (*.txt);;Web pages (*.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在，没有改动任何内容。</source>
        <translation>The %2 report of %1 exists already; nothing was changed.</translation>
    </message>
    <message>
        <source>已保存%1年的报告，但没能据此新建%2年的报告：%3</source>
        <translation>The %1 report was saved, but the %2 report could not be created from it: %3</translation>
    </message>
    <message>
        <source>已新建%1 %2年的报告，但无法打开。</source>
        <translation>The %2 report of %1 was created but cannot be opened.</translation>
    </message>
    <message>
        <source>已保存%1年的报告（导入自 %2），并据此新建%3年的报告：上年结转已填入，文字为待修改的模板。</source>
        <translation>Saved the %1 report (imported from %2) and created the %3 report from it: carried-over applications are filled in, the texts are templates to revise.</translation>
    </message>
    <message>
        <source>服务器：已连接</source>
        <translation>Server: connected</translation>
    </message>
    <message numerus="yes">
        <source>服务器：正在上传 %n 项修改</source>
        <translation>
            <numerusform>Server: sending %n edit</numerusform>
            <numerusform>Server: sending %n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>服务器：连不上，%n 项修改暂存本机</source>
        <translation>
            <numerusform>Server: unreachable, %n edit kept here</numerusform>
            <numerusform>Server: unreachable, %n edits kept here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>连不上数据库服务器（%1）。可以继续填写：修改先保存在本机（%n 项），连上后按顺序自动上传。定稿、报送等操作要等连上以后。</source>
        <translation>
            <numerusform>The database server cannot be reached (%1). You can go on: edits are kept on this computer (%n edit) and sent in order once connected. Finalising, submitting and the like wait for the connection.</numerusform>
            <numerusform>The database server cannot be reached (%1). You can go on: edits are kept on this computer (%n edits) and sent in order once connected. Finalising, submitting and the like wait for the connection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>有 %n 项离线时的修改被服务器拒绝，仍保存在本机，没有丢失。最近一次的原因：%1</source>
        <translation>
            <numerusform>%n edit made offline was refused by the server; it is kept on this computer, not lost. The latest reason: %1</numerusform>
            <numerusform>%n edits made offline were refused by the server; they are kept on this computer, not lost. The latest reason: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>这个窗口不能打开别的数据库。</source>
        <translation>This window cannot open another database.</translation>
    </message>
    <message>
        <source>打开数据库(&amp;D)…</source>
        <translation>Open &amp;Database…</translation>
    </message>
    <message>
        <source>汇总(&amp;C)</source>
        <translation>&amp;Collection</translation>
    </message>
    <message>
        <source>机关管理(&amp;A)…</source>
        <translation>&amp;Agencies…</translation>
    </message>
    <message>
        <source>报送情况(&amp;B)…</source>
        <translation>Su&amp;bmissions board…</translation>
    </message>
    <message>
        <source>报送(&amp;S)…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>退回(&amp;T)…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>（%1，%2）</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <source>上级机关退回了这份报告%1，理由：%2
请修改后重新定稿并报送；重新定稿后这条提示不再显示。</source>
        <translation>The parent agency returned this report%1, giving the reason: %2
Correct it, finalise it again and submit it; this notice goes away once it is final again.</translation>
    </message>
    <message>
        <source>%1 %2年的报告还没有定稿，不能报送：请先用“报告 → 定稿”定稿，再报送。</source>
        <translation>The %2 report of %1 is not final and cannot be submitted: finalise it first (Report → Finalise), then submit it.</translation>
    </message>
    <message>
        <source>%1 %2年的报告已报送。</source>
        <translation>The %2 report of %1 has been submitted.</translation>
    </message>
    <message>
        <source>退回报告需要填写理由。</source>
        <translation>Returning a report needs a reason.</translation>
    </message>
    <message>
        <source>报告已退回，理由已记入日志。</source>
        <translation>The report was returned; the reason is in the log.</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>把%1 %2年的报告报送上级机关？</source>
        <translation>Submit the %2 report of %1 to the parent agency?</translation>
    </message>
    <message>
        <source>报送后本机关不能再撤销定稿；如需修改，要由上级机关退回。报送记入日志。</source>
        <translation>Once submitted, this agency can no longer reopen it; to change it, the parent agency must return it. The submission is logged.</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>退回%1 %2年报告的理由（必填，报告上会显示，并记入日志）：</source>
        <translation>Reason for returning the %2 report of %1 (required; shown on the report and logged):</translation>
    </message>
    <message>
        <source>汇总(&amp;G)…</source>
        <translation>A&amp;ggregate…</translation>
    </message>
    <message>
        <source>对比上年(&amp;P)…</source>
        <translation>Com&amp;pare with last year…</translation>
    </message>
    <message>
        <source>%1 没有 %2 年的报告，无从对比。</source>
        <translation>%1 has no report for %2: nothing to compare with.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ManualWindow</name>
    <message>
        <source>使用说明 — 年报</source>
        <translation>Manual — Nianbao</translation>
    </message>
    <message>
        <source>搜索说明，例如 R3-BALANCE、结转、备份</source>
        <translation>Search the manual, e.g. R3-BALANCE, carry forward, backup</translation>
    </message>
    <message>
        <source>后退</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>后退（%1）</source>
        <translation>Back (%1)</translation>
    </message>
    <message>
        <source>前进</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>前进（%1）</source>
        <translation>Forward (%1)</translation>
    </message>
</context>
<context>
    <name>nb::ui::MetadataPage</name>
    <message>
        <source>人民政府（含办公厅/室）</source>
        <translation>People&apos;s government (incl. its general office)</translation>
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
        <translation>The statistics period is 1 January to 31 December of the year. Departments publish the report by 31 January of the following year, people&apos;s governments by 31 March.</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>其他（法律法规授权组织、公共企事业单位等）</source>
        <translation>Other (bodies authorised by law, public enterprises and institutions …)</translation>
    </message>
</context>
<context>
    <name>nb::ui::OpenDatabaseDialog</name>
    <message>
        <source>尽量加密（服务器支持时）</source>
        <translation>Encrypt when the server supports it</translation>
    </message>
    <message>
        <source>不加密（仅限本机或可信网络）</source>
        <translation>No encryption (this computer or a trusted network only)</translation>
    </message>
    <message>
        <source>必须加密，不核对服务器证书</source>
        <translation>Encrypt, without checking the server certificate</translation>
    </message>
    <message>
        <source>必须加密并核对服务器证书（推荐）</source>
        <translation>Encrypt and check the server certificate (recommended)</translation>
    </message>
    <message>
        <source>本机文件 %1</source>
        <translation>file %1 on this computer</translation>
    </message>
    <message>
        <source>服务器（服务名 %1）</source>
        <translation>server (service %1)</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>服务器 %1 上的 %2</source>
        <translation>%2 on server %1</translation>
    </message>
    <message>
        <source>服务器 %1 上的 %2（用户 %3）</source>
        <translation>%2 on server %1 (user %3)</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>本机的数据库文件</source>
        <translation>A database file on this computer</translation>
    </message>
    <message>
        <source>数据库服务器</source>
        <translation>A database server</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>选择或新建数据库文件</source>
        <translation>Choose or Create a Database File</translation>
    </message>
    <message>
        <source>年报数据库 (*.sqlite3);;所有文件 (*)</source>
        <translation>Nianbao databases (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>一台电脑自己用：报告保存在这个文件里。文件不存在时新建。</source>
        <translation>One computer on its own: the reports are kept in this file, created when it does not exist.</translation>
    </message>
    <message>
        <source>如 db.example.gov.cn；空着为本机</source>
        <translation>e.g. db.example.gov.cn; empty for this computer</translation>
    </message>
    <message>
        <source>空着为本机登录名</source>
        <translation>empty for your login name here</translation>
    </message>
    <message>
        <source>填写后以服务文件中的设置为准</source>
        <translation>when given, the service file’s settings apply</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>用户：</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>加密：</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>或服务名：</source>
        <translation>Or service name:</translation>
    </message>
    <message>
        <source>全机关共用一个数据库：每人用自己的用户登录，服务器按权限决定能看、能改哪些报告。密码只在本次使用，不会保存；要免去每次输入，可以写在 ~/.pgpass 或服务文件中。</source>
        <translation>One database shared by the whole office: everyone logs in as their own user and the server decides by their rights which reports they may see and change. The password is used this time only and never saved; to avoid typing it each time, put it in ~/.pgpass or a service file.</translation>
    </message>
    <message>
        <source>请选择数据库文件。</source>
        <translation>Choose a database file.</translation>
    </message>
    <message>
        <source>请填写数据库名或服务名。</source>
        <translation>Fill in a database name or service name.</translation>
    </message>
    <message>
        <source>地址中不能写密码（它会随地址被记住）。请去掉密码：连接时程序会询问，也可以放在 ~/.pgpass 文件中。</source>
        <translation>The address must not contain a password (it would be remembered with the address). Remove it: the program asks for it when connecting, or keep it in ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportEditor</name>
    <message>
        <source>报告信息</source>
        <translation>Report details</translation>
    </message>
    <message>
        <source>最近的修改没能保存：%1</source>
        <translation>The latest edits could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportPreview</name>
    <message>
        <source>文字部分</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>未命名机关</source>
        <translation>Unnamed agency</translation>
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
    <message>
        <source>批注：%1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportTableView</name>
    <message>
        <source>已粘贴 %1 行 %2 列</source>
        <translation>Pasted %1 rows × %2 columns</translation>
    </message>
    <message>
        <source>编辑批注(&amp;N)…</source>
        <translation>Edit &amp;Note…</translation>
    </message>
    <message>
        <source>添加批注(&amp;N)…</source>
        <translation>Add &amp;Note…</translation>
    </message>
    <message>
        <source>删除批注(&amp;D)</source>
        <translation>&amp;Delete Note</translation>
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
        <source>只能给填写的单元格加批注。</source>
        <translation>Notes can only be added to input cells.</translation>
    </message>
    <message>
        <source>单元格批注</source>
        <translation>Cell Note</translation>
    </message>
    <message>
        <source>%1
批注随数字一起印在报告里（如“含自然失效29件”）；清空即删除：</source>
        <translation>%1
The note is printed with the figure in the report (such as “含自然失效29件”); clear it to delete:</translation>
    </message>
    <message>
        <source>请先选择要填写的单元格。</source>
        <translation>Select a cell to fill in first.</translation>
    </message>
    <message>
        <source>这个单元格不能填写。</source>
        <translation>This cell cannot be filled in.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ShortcutsDialog</name>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>命令</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source> 或 </source>
        <translation> or </translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>表格和文字中</source>
        <translation>In tables and texts</translation>
    </message>
</context>
<context>
    <name>nb::ui::TablePage</name>
    <message>
        <source>注：%1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>这是本页最后一个填写的单元格。按 Ctrl+PageDown 转到下一部分。</source>
        <translation>This is the last input cell of this page. Press Ctrl+PageDown for the next section.</translation>
    </message>
    <message>
        <source>这是本页第一个填写的单元格。按 Ctrl+PageUp 转到上一部分。</source>
        <translation>This is the first input cell of this page. Press Ctrl+PageUp for the previous section.</translation>
    </message>
</context>
<context>
    <name>nb::ui::TextConflictDialog</name>
    <message>
        <source>“%1”在别处被修改</source>
        <translation>“%1” Was Changed Elsewhere</translation>
    </message>
    <message>
        <source>打开报告之后，另一个窗口或程序保存了“%1”的另一个版本，而这里的修改还没有保存。为了不覆盖任何一方的内容，请选择保留哪个版本，或在下方合并后保存。</source>
        <translation>After the report was opened, another window or program saved another version of “%1”, and the change here is not saved yet. So as to overwrite neither, choose which version to keep, or merge them below and save.</translation>
    </message>
    <message>
        <source>这里的版本（尚未保存）</source>
        <translation>The version here (not saved)</translation>
    </message>
    <message>
        <source>别处保存的版本</source>
        <translation>The version saved elsewhere</translation>
    </message>
    <message>
        <source>合并结果（可在此编辑，从两边复制需要的内容）</source>
        <translation>Merged (edit here, copying what you need from both sides)</translation>
    </message>
    <message>
        <source>保留这里的版本</source>
        <translation>Keep the Version Here</translation>
    </message>
    <message>
        <source>采用别处的版本</source>
        <translation>Take the Other Version</translation>
    </message>
    <message>
        <source>保存合并结果</source>
        <translation>Save the Merge</translation>
    </message>
    <message>
        <source>稍后决定</source>
        <translation>Decide Later</translation>
    </message>
    <message>
        <source>报告已经关闭。</source>
        <translation>The report is closed.</translation>
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
        <translation>The amount &quot;%1&quot; is not understood: %2</translation>
    </message>
    <message>
        <source>其余已核对，标为已修订</source>
        <translation>The Rest Is Checked: Mark as Revised</translation>
    </message>
    <message>
        <source>本部分的文字已按本年度情况修改，标出的数字确实与上年相同</source>
        <translation>This section’s text has been revised for this year; the marked figures really are the same as last year</translation>
    </message>
    <message>
        <source>本部分文字来自上一年度（%1年）报告，是本年的模板，请按本年度的情况修改；开始修改后此提示消失。</source>
        <translation>This section’s text comes from last year’s (%1) report and is this year’s template; revise it for this year. This notice goes once you start changing it.</translation>
    </message>
    <message>
        <source>本部分文字来自上一年度（%1年）报告，是本年的模板。标黄的 %2 处数字和日期仍是上年的，请改为本年度的情况；全部改完后此提示消失。</source>
        <translation>This section’s text comes from last year’s (%1) report and is this year’s template. The %2 figures and dates marked yellow are still last year’s; change them for this year. This notice goes once all are changed.</translation>
    </message>
    <message>
        <source>规则说明</source>
        <translation>About This Rule</translation>
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
        <translation>People&apos;s government (incl. its general office)</translation>
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
        <translation>Carried forward from last year&apos;s report (carried-over applications, documents in force, texts to revise)</translation>
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
        <translation>New year&apos;s report</translation>
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
        <source>其他（法律法规授权组织、公共企事业单位等）</source>
        <translation>Other (bodies authorised by law, public enterprises and institutions …)</translation>
    </message>
    <message>
        <source>从已发布的上年报告开始（PDF、网页或网页文字：先导入上年报告，再结转）</source>
        <translation>Start from last year’s published report (PDF, web page or its text: import last year’s report first, then carry forward)</translation>
    </message>
    <message>
        <source>数据库中没有“%1”%2年的报告；如有已发布的上年报告，可选下面一项。</source>
        <translation>The database has no %2 report of “%1”; if last year’s report was published, choose the option below.</translation>
    </message>
    <message>
        <source>选择上年报告文件…</source>
        <translation>Choose Last Year’s Report File…</translation>
    </message>
</context>
</TS>
