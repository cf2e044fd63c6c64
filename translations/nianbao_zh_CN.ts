<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AgencyName</name>
    <message>
        <source>机关名称不能为空</source>
        <translation>机关名称不能为空</translation>
    </message>
    <message>
        <source>机关名称“%1…”有 %2 个字符，超过了 %3 个</source>
        <translation>机关名称“%1…”有 %2 个字符，超过了 %3 个</translation>
    </message>
    <message>
        <source>机关名称“%1”含有不能使用的字符“%2”</source>
        <translation>机关名称“%1”含有不能使用的字符“%2”</translation>
    </message>
    <message>
        <source>机关名称“%1”中没有文字</source>
        <translation>机关名称“%1”中没有文字</translation>
    </message>
</context>
<context>
    <name>AggregateCli</name>
    <message>
        <source>查看构成 %1（%2）</source>
        <translation>查看构成 %1（%2）</translation>
    </message>
    <message>
        <source>请给出 --node（从数据库汇总）或要汇总的文件，二者取一</source>
        <translation>请给出 --node（从数据库汇总）或要汇总的文件，二者取一</translation>
    </message>
    <message>
        <source>汇总结果应写入 .nianbao.json 数据包：%1</source>
        <translation>汇总结果应写入 .nianbao.json 数据包：%1</translation>
    </message>
    <message>
        <source>汇总下级各机关（或给出的文件）的报告</source>
        <translation>汇总下级各机关（或给出的文件）的报告</translation>
    </message>
    <message>
        <source>汇总的年度</source>
        <translation>汇总的年度</translation>
    </message>
    <message>
        <source>从数据库汇总这个机关之下的所有机关</source>
        <translation>从数据库汇总这个机关之下的所有机关</translation>
    </message>
    <message>
        <source>列出这个单元格的构成（如 requests.new.total）</source>
        <translation>列出这个单元格的构成（如 requests.new.total）</translation>
    </message>
    <message>
        <source>--kind 只用于汇总文件；从数据库汇总时，汇总的类别就是 --node 机关的类别</source>
        <translation>--kind 只用于汇总文件；从数据库汇总时，汇总的类别就是 --node 机关的类别</translation>
    </message>
    <message>
        <source>--explain 的 %1 不是报告的单元格（应为二、三、四部分的单元格，如 requests.new.total）</source>
        <translation>--explain 的 %1 不是报告的单元格（应为二、三、四部分的单元格，如 requests.new.total）</translation>
    </message>
    <message>
        <source>从数据库汇总（--node）时，汇总该机关之下的所有机关；也可以直接汇总各机关报来的数据包，或已发布的报告（网页 .html、文本 .txt、PDF）。二、三、四部分的每个单元格是各机关同一单元格之和（报告中印出的合计不参与，合计重新计算），文字部分为空，数据包的 contributors 列出每个机关及其状态、错误和未说明的警告。已发布的报告算作已定稿；数据包按其中的 status（draft 或 final）计。

汇总的机关：--node 机关；汇总文件时为各文件共同的上级机关，没有共同上级时为“各机关”。汇总的类别：--node 机关的类别；汇总文件时为 --kind，未给出时为共同上级机关的类别，没有共同上级时为各报告共同的类别，类别不一时有人民政府则为 government，否则为 other。

检查结果按 check 的格式输出（含 AGG-MISSING、AGG-NOT-FINAL、AGG-ERRORS、AGG-CARRY），退出状态同 check。--explain 列出一个单元格由哪些机关的多少构成；不是报告单元格的 KEY 在读取和写入任何文件之前即被拒绝（退出状态 2）。</source>
        <translation>从数据库汇总（--node）时，汇总该机关之下的所有机关；也可以直接汇总各机关报来的数据包，或已发布的报告（网页 .html、文本 .txt、PDF）。二、三、四部分的每个单元格是各机关同一单元格之和（报告中印出的合计不参与，合计重新计算），文字部分为空，数据包的 contributors 列出每个机关及其状态、错误和未说明的警告。已发布的报告算作已定稿；数据包按其中的 status（draft 或 final）计。

汇总的机关：--node 机关；汇总文件时为各文件共同的上级机关，没有共同上级时为“各机关”。汇总的类别：--node 机关的类别；汇总文件时为 --kind，未给出时为共同上级机关的类别，没有共同上级时为各报告共同的类别，类别不一时有人民政府则为 government，否则为 other。

检查结果按 check 的格式输出（含 AGG-MISSING、AGG-NOT-FINAL、AGG-ERRORS、AGG-CARRY），退出状态同 check。--explain 列出一个单元格由哪些机关的多少构成；不是报告单元格的 KEY 在读取和写入任何文件之前即被拒绝（退出状态 2）。</translation>
    </message>
    <message>
        <source>汇总文件时，汇总的机关类别：government 人民政府，department 部门，other 其他</source>
        <translation>汇总文件时，汇总的机关类别：government 人民政府，department 部门，other 其他</translation>
    </message>
</context>
<context>
    <name>Aggregation</name>
    <message>
        <source>%1（汇总）</source>
        <translation>%1（汇总）</translation>
    </message>
    <message>
        <source>没有机关 %1，无法汇总。</source>
        <translation>没有机关 %1，无法汇总。</translation>
    </message>
    <message>
        <source>%1 的报告是 %2 年度的，不是要汇总的 %3 年度。</source>
        <translation>%1 的报告是 %2 年度的，不是要汇总的 %3 年度。</translation>
    </message>
    <message>
        <source>%1 %2 年度的报告出现了两次，不能重复汇总。</source>
        <translation>%1 %2 年度的报告出现了两次，不能重复汇总。</translation>
    </message>
    <message>
        <source>各机关</source>
        <translation>各机关</translation>
    </message>
    <message>
        <source>全部机关</source>
        <translation>全部机关</translation>
    </message>
</context>
<context>
    <name>BoardCli</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>一次只能导出一种格式（--csv 或 --html）</source>
        <translation>一次只能导出一种格式（--csv 或 --html）</translation>
    </message>
    <message>
        <source>报送情况：下级各机关报告的状态和检查结果</source>
        <translation>报送情况：下级各机关报告的状态和检查结果</translation>
    </message>
    <message>
        <source>每个机关一行，以制表符分隔，按机关树的顺序（下级机关缩进）；最后一行是各状态的机关数。状态为：未开始、草稿、已定稿、已报送、已退回。不给 --node 时列出所有机关。有机关的报告有“错误”级别的检查结果时退出状态为 1。</source>
        <translation>每个机关一行，以制表符分隔，按机关树的顺序（下级机关缩进）；最后一行是各状态的机关数。状态为：未开始、草稿、已定稿、已报送、已退回。不给 --node 时列出所有机关。有机关的报告有“错误”级别的检查结果时退出状态为 1。</translation>
    </message>
    <message>
        <source>报告年度</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>只列出这个机关之下的机关</source>
        <translation>只列出这个机关之下的机关</translation>
    </message>
    <message>
        <source>另存为 CSV 文件（Excel、WPS 可打开）</source>
        <translation>另存为 CSV 文件（Excel、WPS 可打开）</translation>
    </message>
    <message>
        <source>另存为网页（可打印为一页）</source>
        <translation>另存为网页（可打印为一页）</translation>
    </message>
</context>
<context>
    <name>CheckCli</name>
    <message>
        <source>汇总：读取 %1 个文件，%2 个有错误，%3 个无法读取</source>
        <translation>汇总：读取 %1 个文件，%2 个有错误，%3 个无法读取</translation>
    </message>
    <message>
        <source>--report 的文件名应以 .html 或 .csv 结尾：%1</source>
        <translation>--report 的文件名应以 .html 或 .csv 结尾：%1</translation>
    </message>
    <message>
        <source>检查报告，每条检查结果一行</source>
        <translation>检查报告，每条检查结果一行</translation>
    </message>
    <message>
        <source>FILE 可以是数据包（.nianbao.json）、已发布报告的 PDF（.pdf）、文字（.txt，网页复制或 pdftotext 转出）或网页（.html）。每条检查结果输出一行：&lt;文件&gt;: &lt;级别&gt; &lt;规则&gt; &lt;单元格&gt;: &lt;说明&gt;；检查多个文件时最后输出汇总。读不出的单元格列在标准错误输出上。</source>
        <translation>FILE 可以是数据包（.nianbao.json）、已发布报告的 PDF（.pdf）、文字（.txt，网页复制或 pdftotext 转出）或网页（.html）。每条检查结果输出一行：&lt;文件&gt;: &lt;级别&gt; &lt;规则&gt; &lt;单元格&gt;: &lt;说明&gt;；检查多个文件时最后输出汇总。读不出的单元格列在标准错误输出上。</translation>
    </message>
    <message>
        <source>输出一个 JSON 文档，汇总改到标准错误输出</source>
        <translation>输出一个 JSON 文档，汇总改到标准错误输出</translation>
    </message>
    <message>
        <source>同一机关上一年度的报告，用于跨年度检查（X- 规则）</source>
        <translation>同一机关上一年度的报告，用于跨年度检查（X- 规则）</translation>
    </message>
    <message>
        <source>另写一份审查报告（.html 网页或 .csv 表格）：每份报告一行，含机关、年度、各级问题数和每条问题及其引用的原文，另有按规则的统计</source>
        <translation>另写一份审查报告（.html 网页或 .csv 表格）：每份报告一行，含机关、年度、各级问题数和每条问题及其引用的原文，另有按规则的统计</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>%1 为 %2，不等于 %3 年度报告的%4 %5</source>
        <translation>%1 为 %2，不等于 %3 年度报告的%4 %5</translation>
    </message>
    <message>
        <source>%1 为 %2，不等于 %3 年末的 %4 + %5 %6 − %7 %8 = %9；如因修订、失效等原因不衔接，请填写说明</source>
        <translation>%1 为 %2，不等于 %3 年末的 %4 + %5 %6 − %7 %8 = %9；如因修订、失效等原因不衔接，请填写说明</translation>
    </message>
    <message>
        <source>“%1”与 %2 年度报告的文字相似度为 %3%，评议中会被视为内容雷同，请按本年度实际情况修改</source>
        <translation>“%1”与 %2 年度报告的文字相似度为 %3%，评议中会被视为内容雷同，请按本年度实际情况修改</translation>
    </message>
    <message>
        <source>本年度申请情况的 %1 个非零数据与 %2 年度报告完全相同，可能沿用了上年的文件，请核实</source>
        <translation>本年度申请情况的 %1 个非零数据与 %2 年度报告完全相同，可能沿用了上年的文件，请核实</translation>
    </message>
    <message>
        <source>%1 为 %2，金额不能为负数</source>
        <translation>%1 为 %2，金额不能为负数</translation>
    </message>
    <message>
        <source>%1 为 %2，件数应为 0 或正整数</source>
        <translation>%1 为 %2，件数应为 0 或正整数</translation>
    </message>
    <message>
        <source>各项均为 0</source>
        <translation>各项均为 0</translation>
    </message>
    <message>
        <source>%1 填报为 %2，不等于各项之和：%3</source>
        <translation>%1 填报为 %2，不等于各项之和：%3</translation>
    </message>
    <message>
        <source>%1：%2，不等于 %3</source>
        <translation>%1：%2，不等于 %3</translation>
    </message>
    <message>
        <source>结转下年度 %1 件，占本年新收与上年结转之和 %2 件的 %3%；申请应在 20 个工作日内答复，通常只有年末收到的申请结转下年度，请核实</source>
        <translation>结转下年度 %1 件，占本年新收与上年结转之和 %2 件的 %3%；申请应在 20 个工作日内答复，通常只有年末收到的申请结转下年度，请核实</translation>
    </message>
    <message>
        <source>“%1”填报了规章数据，但只有国务院部门和省、自治区、直辖市及设区的市人民政府可以制定规章；本机关的规范性文件应填在“行政规范性文件”一行</source>
        <translation>“%1”填报了规章数据，但只有国务院部门和省、自治区、直辖市及设区的市人民政府可以制定规章；本机关的规范性文件应填在“行政规范性文件”一行</translation>
    </message>
    <message>
        <source>%1 %2 − %3 %4 + %5 %6 = %7，上年末的现行有效件数不能为负数</source>
        <translation>%1 %2 − %3 %4 + %5 %6 = %7，上年末的现行有效件数不能为负数</translation>
    </message>
    <message>
        <source>缺少：%1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>顺序为 %1，应为一至六依次排列</source>
        <translation>顺序为 %1，应为一至六依次排列</translation>
    </message>
    <message>
        <source>报告应有六个部分且依次排列。%1</source>
        <translation>报告应有六个部分且依次排列。%1</translation>
    </message>
    <message>
        <source>行“%1”</source>
        <translation>行“%1”</translation>
    </message>
    <message>
        <source>列“%1”</source>
        <translation>列“%1”</translation>
    </message>
    <message>
        <source>表格缺少 2021 年版格式的%1（这些单元格未能读取）</source>
        <translation>表格缺少 2021 年版格式的%1（这些单元格未能读取）</translation>
    </message>
    <message>
        <source>使用了 2019 年版格式的栏目：%1；应按 2021 年版格式（国办公开办函〔2021〕30号）填报</source>
        <translation>使用了 2019 年版格式的栏目：%1；应按 2021 年版格式（国办公开办函〔2021〕30号）填报</translation>
    </message>
    <message>
        <source>“%1”还没有内容</source>
        <translation>“%1”还没有内容</translation>
    </message>
    <message>
        <source>“%1”%2</source>
        <translation>“%1”%2</translation>
    </message>
    <message>
        <source>“%1”没有写到：%2</source>
        <translation>“%1”没有写到：%2</translation>
    </message>
    <message>
        <source>“%1”写的是“%2”（%3 件），表格中 %4</source>
        <translation>“%1”写的是“%2”（%3 件），表格中 %4</translation>
    </message>
    <message>
        <source>，或 </source>
        <translation>，或 </translation>
    </message>
    <message>
        <source>标题年份 %1</source>
        <translation>标题年份 %1</translation>
    </message>
    <message>
        <source>统计期限“%1”</source>
        <translation>统计期限“%1”</translation>
    </message>
    <message>
        <source>报告年度为 %1 年，但%2与之不符</source>
        <translation>报告年度为 %1 年，但%2与之不符</translation>
    </message>
    <message>
        <source>（超出范围）</source>
        <translation>（超出范围）</translation>
    </message>
    <message>
        <source>等</source>
        <translation>等</translation>
    </message>
    <message>
        <source>“%1”是从 %2 年度报告结转来的模板，仍有 %3 处上年的数字或日期没有改：%4。请改为本年度的情况；确实与上年相同的，可在文字页顶部标为已修订</source>
        <translation>“%1”是从 %2 年度报告结转来的模板，仍有 %3 处上年的数字或日期没有改：%4。请改为本年度的情况；确实与上年相同的，可在文字页顶部标为已修订</translation>
    </message>
    <message>
        <source>%1（超出范围）</source>
        <translation>%1（超出范围）</translation>
    </message>
    <message>
        <source>%1 超出了可以填写的范围（%2），无法给出合计：%3</source>
        <translation>%1 超出了可以填写的范围（%2），无法给出合计：%3</translation>
    </message>
    <message>
        <source>%1 为 %2，超出了可以填写的范围（%3）</source>
        <translation>%1 为 %2，超出了可以填写的范围（%3）</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>%1 个机关没有 %2 年度的报告：%3</source>
        <translation>%1 个机关没有 %2 年度的报告：%3</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 个机关的报告尚未定稿，汇总数据可能还会变化：%2</source>
        <translation>%1 个机关的报告尚未定稿，汇总数据可能还会变化：%2</translation>
    </message>
    <message>
        <source>%1 个机关的报告有错误，汇总数据不可靠：%2</source>
        <translation>%1 个机关的报告有错误，汇总数据不可靠：%2</translation>
    </message>
    <message>
        <source>汇总的%1 为 %2，不等于同一批机关（%3 个有 %4 年度报告）%4 年度汇总的%5 %6</source>
        <translation>汇总的%1 为 %2，不等于同一批机关（%3 个有 %4 年度报告）%4 年度汇总的%5 %6</translation>
    </message>
</context>
<context>
    <name>CollectionText</name>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>未定稿</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>没有机关 %1。</source>
        <translation>没有机关 %1。</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>上级机关</source>
        <translation>上级机关</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>未说明的警告</source>
        <translation>未说明的警告</translation>
    </message>
    <message>
        <source>最后修改</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>退回理由</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>错误规则</source>
        <translation>错误规则</translation>
    </message>
    <message>
        <source>%1 年度报告报送情况</source>
        <translation>%1 年度报告报送情况</translation>
    </message>
    <message>
        <source>%1 %2 年度报告报送情况</source>
        <translation>%1 %2 年度报告报送情况</translation>
    </message>
    <message>
        <source>共 %1 个机关：%2；有错误 %3</source>
        <translation>共 %1 个机关：%2；有错误 %3</translation>
    </message>
    <message>
        <source>审核人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;日期：&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</source>
        <translation>审核人：&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;&#x3000;日期：&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>%1 %2 年度与 %3 年度对比</source>
        <translation>%1 %2 年度与 %3 年度对比</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>单元格</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>上年</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>变化率</source>
        <translation>变化率</translation>
    </message>
    <message>
        <source>（一方为空）</source>
        <translation>（一方为空）</translation>
    </message>
    <message>
        <source>%1 雷同</source>
        <translation>%1 雷同</translation>
    </message>
    <message>
        <source>文字部分与上年的相似度</source>
        <translation>文字部分与上年的相似度</translation>
    </message>
    <message>
        <source>相似度</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>数据变化（变化大的在前）</source>
        <translation>数据变化（变化大的在前）</translation>
    </message>
    <message>
        <source>共 %1 个单元格，其中 %2 个与上年不同。</source>
        <translation>共 %1 个单元格，其中 %2 个与上年不同。</translation>
    </message>
    <message>
        <source>没有单元格 %1。</source>
        <translation>没有单元格 %1。</translation>
    </message>
    <message>
        <source>合计	%1</source>
        <translation>合计	%1</translation>
    </message>
    <message>
        <source>没有报告：%1</source>
        <translation>没有报告：%1</translation>
    </message>
    <message>
        <source>两份报告不是同一机关的：本年的是 %1，上年的是 %2，不能对比。</source>
        <translation>两份报告不是同一机关的：本年的是 %1，上年的是 %2，不能对比。</translation>
    </message>
    <message>
        <source>上年的报告应是 %1 年度的，给出的却是 %2 年度的（本年的报告是 %3 年度的）。</source>
        <translation>上年的报告应是 %1 年度的，给出的却是 %2 年度的（本年的报告是 %3 年度的）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>显示本命令的用法</source>
        <translation>显示本命令的用法</translation>
    </message>
    <message>
        <source>用 %1 --help 查看全部选项和示例</source>
        <translation>用 %1 --help 查看全部选项和示例</translation>
    </message>
    <message>
        <source>未知的选项 %1</source>
        <translation>未知的选项 %1</translation>
    </message>
    <message>
        <source>未知的命令 %1</source>
        <translation>未知的命令 %1</translation>
    </message>
    <message>
        <source>选项 --%1 只能给一次</source>
        <translation>选项 --%1 只能给一次</translation>
    </message>
    <message>
        <source>选项 --%1 需要一个值（%2）</source>
        <translation>选项 --%1 需要一个值（%2）</translation>
    </message>
    <message>
        <source>--%1 不接受“%2”，可选：%3</source>
        <translation>--%1 不接受“%2”，可选：%3</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>参数不够</source>
        <translation>参数不够</translation>
    </message>
    <message>
        <source>多余的参数：%1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>用法：%1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>命令：%1</source>
        <translation>命令：%1</translation>
    </message>
    <message>
        <source>不用图形界面检查、转换、导入、导出和打印政府信息公开工作年度报告</source>
        <translation>不用图形界面检查、转换、导入、导出和打印政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>&lt;命令&gt; [选项…] [参数…]</source>
        <translation>&lt;命令&gt; [选项…] [参数…]</translation>
    </message>
    <message>
        <source>nianbao-cli 是年报（nianbao）的命令行程序，不需要显示器。它按 2021 年格式（国办公开办函〔2021〕30号）检查报告、把已发布的报告（网页文字、网页、PDF）转成数据包、打印成 PDF、ODT、网页或 CSV，并读写桌面程序使用的数据库。

选项写作 --选项 值 或 --选项=值。每个命令都接受 --help；nianbao-cli help 命令 与之相同。</source>
        <translation>nianbao-cli 是年报（nianbao）的命令行程序，不需要显示器。它按 2021 年格式（国办公开办函〔2021〕30号）检查报告、把已发布的报告（网页文字、网页、PDF）转成数据包、打印成 PDF、ODT、网页或 CSV，并读写桌面程序使用的数据库。

选项写作 --选项 值 或 --选项=值。每个命令都接受 --help；nianbao-cli help 命令 与之相同。</translation>
    </message>
    <message>
        <source>显示本帮助</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>显示版本</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>输出 man 手册页（打包时生成）</source>
        <translation>输出 man 手册页（打包时生成）</translation>
    </message>
    <message>
        <source>输出 bash 补全脚本（打包时生成）</source>
        <translation>输出 bash 补全脚本（打包时生成）</translation>
    </message>
    <message>
        <source>退出状态</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <source>  0  完成，且没有“错误”级别的检查结果
  1  完成，但有“错误”级别的检查结果
  2  输入无法使用或用法有误（说明在标准错误输出上，不写任何文件）</source>
        <translation>  0  完成，且没有“错误”级别的检查结果
  1  完成，但有“错误”级别的检查结果
  2  输入无法使用或用法有误（说明在标准错误输出上，不写任何文件）</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>不给 --db 时使用桌面程序的数据库：
  ~/.local/share/nianbao/nianbao/nianbao.sqlite3</source>
        <translation>不给 --db 时使用桌面程序的数据库：
  ~/.local/share/nianbao/nianbao/nianbao.sqlite3</translation>
    </message>
    <message>
        <source>环境</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>LC_ALL、LC_MESSAGES、LANG 为英文（en_*）时输出英文，否则输出中文。设置 NIANBAO_DEBUG=1 时显示 Qt 自身的调试信息。</source>
        <translation>LC_ALL、LC_MESSAGES、LANG 为英文（en_*）时输出英文，否则输出中文。设置 NIANBAO_DEBUG=1 时显示 Qt 自身的调试信息。</translation>
    </message>
    <message>
        <source>第 %1 个参数“%2”含有控制字符</source>
        <translation>第 %1 个参数“%2”含有控制字符</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>版式：official 为普通版式（默认），gongwen 为 GB/T 9704 公文格式</source>
        <translation>版式：official 为普通版式（默认），gongwen 为 GB/T 9704 公文格式</translation>
    </message>
    <message>
        <source>数据库文件，或 PostgreSQL 服务器（postgresql://用户@主机:端口/库名?sslmode=verify-full，或 service=名称；密码取自 ~/.pgpass、PGPASSFILE 或服务文件）；默认为桌面程序使用的数据库</source>
        <translation>数据库文件，或 PostgreSQL 服务器（postgresql://用户@主机:端口/库名?sslmode=verify-full，或 service=名称；密码取自 ~/.pgpass、PGPASSFILE 或服务文件）；默认为桌面程序使用的数据库</translation>
    </message>
</context>
<context>
    <name>CompareCli</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>一次只能导出一种格式（--html 或 --pdf）</source>
        <translation>一次只能导出一种格式（--html 或 --pdf）</translation>
    </message>
    <message>
        <source>本年度报告（或汇总）与上年度逐项对比</source>
        <translation>本年度报告（或汇总）与上年度逐项对比</translation>
    </message>
    <message>
        <source>另存为网页</source>
        <translation>另存为网页</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>CURRENT 和 PREVIOUS 可以是数据包或已发布的报告，PREVIOUS 须是同一机关（汇总须是同一机关的汇总）上一年度的报告，否则不作对比（退出状态 2）。先列出三个文字部分与上年的相似度（达到 X-TEXT-COPY 的阈值标为“雷同”），再列出二、三、四部分每个单元格的上年数、本年数、变化和变化率，变化大的在前；以制表符分隔。</source>
        <translation>CURRENT 和 PREVIOUS 可以是数据包或已发布的报告，PREVIOUS 须是同一机关（汇总须是同一机关的汇总）上一年度的报告，否则不作对比（退出状态 2）。先列出三个文字部分与上年的相似度（达到 X-TEXT-COPY 的阈值标为“雷同”），再列出二、三、四部分每个单元格的上年数、本年数、变化和变化率，变化大的在前；以制表符分隔。</translation>
    </message>
</context>
<context>
    <name>ConvertCli</name>
    <message>
        <source>输出文件名应以 %1 结尾：%2</source>
        <translation>输出文件名应以 %1 结尾：%2</translation>
    </message>
    <message>
        <source>没有找到机关名称或报告年度，无法写出数据包；请用 --agency 和 --year 指定</source>
        <translation>没有找到机关名称或报告年度，无法写出数据包；请用 --agency 和 --year 指定</translation>
    </message>
    <message>
        <source>把已发布的报告（.pdf、.txt、.html）或数据包转成数据包</source>
        <translation>把已发布的报告（.pdf、.txt、.html）或数据包转成数据包</translation>
    </message>
    <message>
        <source>PDF 直接读取其文字层；扫描件（没有文字层）无法读取。每个单元格按行和列的标签找到；读不出的单元格列在标准错误输出上并留空，不会猜测。报告中找不到机关名称或年度时，用 --agency、--year 补上。报告有“错误”级别的检查结果时仍写出数据包，退出状态为 1。</source>
        <translation>PDF 直接读取其文字层；扫描件（没有文字层）无法读取。每个单元格按行和列的标签找到；读不出的单元格列在标准错误输出上并留空，不会猜测。报告中找不到机关名称或年度时，用 --agency、--year 补上。报告有“错误”级别的检查结果时仍写出数据包，退出状态为 1。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>数据库文件 %1 正被另一个程序占用（等待 %2 秒后仍未释放）。本次操作没有执行，请稍后重试。</source>
        <translation>数据库文件 %1 正被另一个程序占用（等待 %2 秒后仍未释放）。本次操作没有执行，请稍后重试。</translation>
    </message>
    <message>
        <source>磁盘已满，无法写入数据库文件 %1。本次修改没有保存，之前保存的内容完好；请腾出磁盘空间后重试。</source>
        <translation>磁盘已满，无法写入数据库文件 %1。本次修改没有保存，之前保存的内容完好；请腾出磁盘空间后重试。</translation>
    </message>
    <message>
        <source>数据库文件 %1 已损坏（%2）。文件未做任何改动；请从备份恢复。</source>
        <translation>数据库文件 %1 已损坏（%2）。文件未做任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>文件 %1 不是年报数据库。文件未做任何改动。</source>
        <translation>文件 %1 不是年报数据库。文件未做任何改动。</translation>
    </message>
    <message>
        <source>数据库文件 %1 是只读的，无法保存修改（%2）。</source>
        <translation>数据库文件 %1 是只读的，无法保存修改（%2）。</translation>
    </message>
    <message>
        <source>无法打开数据库文件 %1（%2）。请检查文件夹是否存在、是否可写。</source>
        <translation>无法打开数据库文件 %1（%2）。请检查文件夹是否存在、是否可写。</translation>
    </message>
    <message>
        <source>读写数据库文件 %1 时出错（%2）。本次修改没有保存。</source>
        <translation>读写数据库文件 %1 时出错（%2）。本次修改没有保存。</translation>
    </message>
    <message>
        <source>数据库文件 %1 拒绝了不一致的数据（%2）。</source>
        <translation>数据库文件 %1 拒绝了不一致的数据（%2）。</translation>
    </message>
    <message>
        <source>数据库文件 %1 出错：%2</source>
        <translation>数据库文件 %1 出错：%2</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message>
        <source>一次只能导出一种格式</source>
        <translation>一次只能导出一种格式</translation>
    </message>
    <message>
        <source>请指定导出格式（%1）</source>
        <translation>请指定导出格式（%1）</translation>
    </message>
    <message>
        <source>%1：已导出，但报告还有 %2 条错误</source>
        <translation>%1：已导出，但报告还有 %2 条错误</translation>
    </message>
    <message>
        <source>把数据库中的一个报告导出为数据包、PDF、ODT、网页或 CSV</source>
        <translation>把数据库中的一个报告导出为数据包、PDF、ODT、网页或 CSV</translation>
    </message>
    <message>
        <source>报告还有“错误”级别的检查结果时仍然导出，并在标准错误输出上说明，退出状态为 1。</source>
        <translation>报告还有“错误”级别的检查结果时仍然导出，并在标准错误输出上说明，退出状态为 1。</translation>
    </message>
    <message>
        <source>机关名称，与数据库中的一致</source>
        <translation>机关名称，与数据库中的一致</translation>
    </message>
    <message>
        <source>报告年度</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>未知的版式 %1（可用：official、gongwen）</source>
        <translation>未知的版式 %1（可用：official、gongwen）</translation>
    </message>
    <message>
        <source>写出数据包（.nianbao.json）</source>
        <translation>写出数据包（.nianbao.json）</translation>
    </message>
    <message>
        <source>写出 PDF</source>
        <translation>写出 PDF</translation>
    </message>
    <message>
        <source>写出 ODT</source>
        <translation>写出 ODT</translation>
    </message>
    <message>
        <source>写出网页</source>
        <translation>写出网页</translation>
    </message>
    <message>
        <source>写出 CSV</source>
        <translation>写出 CSV</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>%1 是一个文件夹，不是年报数据库。</source>
        <translation>%1 是一个文件夹，不是年报数据库。</translation>
    </message>
    <message>
        <source>没有读取数据库文件 %1 的权限。</source>
        <translation>没有读取数据库文件 %1 的权限。</translation>
    </message>
    <message>
        <source>数据库文件 %1 是只读的，无法保存修改。请取消文件的只读属性，或用 --db 指定另一个数据库。</source>
        <translation>数据库文件 %1 是只读的，无法保存修改。请取消文件的只读属性，或用 --db 指定另一个数据库。</translation>
    </message>
    <message>
        <source>无法打开数据库文件 %1：文件夹 %2 不存在。</source>
        <translation>无法打开数据库文件 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>数据库文件 %1 所在的文件夹 %2 是只读的，无法保存修改（数据库需要在同一文件夹写日志文件）。</source>
        <translation>数据库文件 %1 所在的文件夹 %2 是只读的，无法保存修改（数据库需要在同一文件夹写日志文件）。</translation>
    </message>
    <message>
        <source>无法读取数据库文件 %1：%2</source>
        <translation>无法读取数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>文件 %1 不是年报数据库（不是 SQLite 数据库文件）。文件未做任何改动。</source>
        <translation>文件 %1 不是年报数据库（不是 SQLite 数据库文件）。文件未做任何改动。</translation>
    </message>
    <message>
        <source>数据库文件 %1 不完整（文件被截断或已损坏：%2 字节）。文件未做任何改动；请从备份恢复。</source>
        <translation>数据库文件 %1 不完整（文件被截断或已损坏：%2 字节）。文件未做任何改动；请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <source>没有找到机关名称或报告年度，无法导入；请用 --agency 和 --year 指定</source>
        <translation>没有找到机关名称或报告年度，无法导入；请用 --agency 和 --year 指定</translation>
    </message>
    <message>
        <source>与前面的文件是同一机关同一年度（%1 %2），不能一起导入</source>
        <translation>与前面的文件是同一机关同一年度（%1 %2），不能一起导入</translation>
    </message>
    <message>
        <source>（没有导入任何文件）</source>
        <translation>（没有导入任何文件）</translation>
    </message>
    <message>
        <source>已导入 %1 %2 年度（草稿）：错误 %3，警告 %4</source>
        <translation>已导入 %1 %2 年度（草稿）：错误 %3，警告 %4</translation>
    </message>
    <message>
        <source>把数据包或已发布的报告导入数据库（草稿）</source>
        <translation>把数据包或已发布的报告导入数据库（草稿）</translation>
    </message>
    <message>
        <source>先读完所有文件：有一个读不出，或某个机关某年度的报告已存在而没有给 --replace，就什么也不导入。所有文件在一个事务中导入。</source>
        <translation>先读完所有文件：有一个读不出，或某个机关某年度的报告已存在而没有给 --replace，就什么也不导入。所有文件在一个事务中导入。</translation>
    </message>
    <message>
        <source>替换已存在的草稿（替换前保存快照）</source>
        <translation>替换已存在的草稿（替换前保存快照）</translation>
    </message>
    <message>
        <source>%1：导入过程中文件被改动了</source>
        <translation>%1：导入过程中文件被改动了</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 是文件夹，不是文件</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1 不是普通文件</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>%1 是空文件</source>
        <translation>%1 是空文件</translation>
    </message>
    <message>
        <source>%1 有 %2 MB，超过了可以读取的 %3 MB，不是一份年度报告</source>
        <translation>%1 有 %2 MB，超过了可以读取的 %3 MB，不是一份年度报告</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>无法读取 %1：%2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 超过了可以读取的 %2 MB</source>
        <translation>%1 超过了可以读取的 %2 MB</translation>
    </message>
</context>
<context>
    <name>InvocationText</name>
    <message>
        <source>详见 %1 %2 --help</source>
        <translation>详见 %1 %2 --help</translation>
    </message>
    <message>
        <source>缺少选项 --%1</source>
        <translation>缺少选项 --%1</translation>
    </message>
    <message>
        <source>--%1 应为 %2 至 %3 之间的年份（如 2024），而不是“%4”</source>
        <translation>--%1 应为 %2 至 %3 之间的年份（如 2024），而不是“%4”</translation>
    </message>
    <message>
        <source>输出文件名不能为空</source>
        <translation>输出文件名不能为空</translation>
    </message>
    <message>
        <source>输出文件名“%1”含有控制字符</source>
        <translation>输出文件名“%1”含有控制字符</translation>
    </message>
    <message>
        <source>输出文件“%1”是一个文件夹</source>
        <translation>输出文件“%1”是一个文件夹</translation>
    </message>
    <message>
        <source>输出文件“%1”所在的文件夹 %2 不存在</source>
        <translation>输出文件“%1”所在的文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>输出文件“%1”就是输入的文件 %2，写出会毁掉它</source>
        <translation>输出文件“%1”就是输入的文件 %2，写出会毁掉它</translation>
    </message>
</context>
<context>
    <name>ListCli</name>
    <message>
        <source>机关	类型	年度	状态	错误	警告	提示	更新时间</source>
        <translation>机关	类型	年度	状态	错误	警告	提示	更新时间</translation>
    </message>
    <message>
        <source>列出数据库中的报告：机关、类型、年度、状态和检查结果数</source>
        <translation>列出数据库中的报告：机关、类型、年度、状态和检查结果数</translation>
    </message>
    <message>
        <source>每个报告一行，以制表符分隔；有“错误”级别检查结果的报告使退出状态为 1。</source>
        <translation>每个报告一行，以制表符分隔；有“错误”级别检查结果的报告使退出状态为 1。</translation>
    </message>
</context>
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
    <message>
        <source>%1。本次使用默认设置，原文件未做任何改动。</source>
        <translation>%1。本次使用默认设置，原文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1

密码（只用于这次连接，不会保存）：</source>
        <translation>%1

密码（只用于这次连接，不会保存）：</translation>
    </message>
    <message>
        <source>无法打开上次使用的数据库 %1：%2

现在打开本机的数据库；可以用“文件 → 打开数据库”再试。</source>
        <translation>无法打开上次使用的数据库 %1：%2

现在打开本机的数据库；可以用“文件 → 打开数据库”再试。</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>示例：</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>用户命令</source>
        <translation>用户命令</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>描述</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>命令</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>另见</source>
        <translation>另见</translation>
    </message>
</context>
<context>
    <name>MemoryReportStore</name>
    <message>
        <source>无法写入（测试中模拟的故障）。</source>
        <translation>无法写入（测试中模拟的故障）。</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>新年度</source>
        <translation>新年度</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>恢复到快照 %1</source>
        <translation>恢复到快照 %1</translation>
    </message>
    <message>
        <source>新年度替换前</source>
        <translation>新年度替换前</translation>
    </message>
    <message>
        <source>由 %1 年度结转</source>
        <translation>由 %1 年度结转</translation>
    </message>
</context>
<context>
    <name>NewYearCli</name>
    <message>
        <source>%1 是新的机关：请用 --kind government|department|other 说明机关类型</source>
        <translation>%1 是新的机关：请用 --kind government|department|other 说明机关类型</translation>
    </message>
    <message>
        <source>已创建 %1 %2 年度的报告（草稿）</source>
        <translation>已创建 %1 %2 年度的报告（草稿）</translation>
    </message>
    <message>
        <source>  需修改（由上年复制）：%1</source>
        <translation>  需修改（由上年复制）：%1</translation>
    </message>
    <message>
        <source>  提示：%1 预计为 上年现行有效件数 + 本年制发 − 本年废止 = %2（未填入）</source>
        <translation>  提示：%1 预计为 上年现行有效件数 + 本年制发 − 本年废止 = %2（未填入）</translation>
    </message>
    <message>
        <source>加上 --empty 可新建空白报告</source>
        <translation>加上 --empty 可新建空白报告</translation>
    </message>
    <message>
        <source>从上一年度的报告开始新一年度的报告</source>
        <translation>从上一年度的报告开始新一年度的报告</translation>
    </message>
    <message>
        <source>二、上年结转取自上一年度的结转下年度继续办理，上一年度的文字复制为模板并标为“需修改”，同时提示预计的现行有效件数。</source>
        <translation>二、上年结转取自上一年度的结转下年度继续办理，上一年度的文字复制为模板并标为“需修改”，同时提示预计的现行有效件数。</translation>
    </message>
    <message>
        <source>机关名称</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>新的报告年度；从 Y−1 年度的报告开始</source>
        <translation>新的报告年度；从 Y−1 年度的报告开始</translation>
    </message>
    <message>
        <source>替换已存在的 Y 年度报告（替换前保存快照）</source>
        <translation>替换已存在的 Y 年度报告（替换前保存快照）</translation>
    </message>
    <message>
        <source>没有上一年度的报告时新建空白报告</source>
        <translation>没有上一年度的报告时新建空白报告</translation>
    </message>
    <message>
        <source>新机关的类型（与 --empty 一起用）</source>
        <translation>新机关的类型（与 --empty 一起用）</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>“%1”的单位是万元，这里应填件数</source>
        <translation>“%1”的单位是万元，这里应填件数</translation>
    </message>
    <message>
        <source>“%1”的单位是件，这里应填金额（万元）</source>
        <translation>“%1”的单位是件，这里应填金额（万元）</translation>
    </message>
    <message>
        <source>“%1”：金额的单位是万元，请换算后填写</source>
        <translation>“%1”：金额的单位是万元，请换算后填写</translation>
    </message>
    <message>
        <source>“%1”是负数，这里只能填 0 或正数</source>
        <translation>“%1”是负数，这里只能填 0 或正数</translation>
    </message>
    <message>
        <source>“%1”的千位分隔符位置不对</source>
        <translation>“%1”的千位分隔符位置不对</translation>
    </message>
    <message>
        <source>“%1”不是数字</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>“%1”的小数超过 6 位</source>
        <translation>“%1”的小数超过 6 位</translation>
    </message>
    <message>
        <source>“%1”不是整数，件数只能是整数</source>
        <translation>“%1”不是整数，件数只能是整数</translation>
    </message>
    <message>
        <source>“%1”太大，超出了可以填写的范围（%2）</source>
        <translation>“%1”太大，超出了可以填写的范围（%2）</translation>
    </message>
    <message>
        <source>件数最多 %1 位整数</source>
        <translation>件数最多 %1 位整数</translation>
    </message>
    <message>
        <source>金额整数部分最多 %1 位、小数最多 %2 位</source>
        <translation>金额整数部分最多 %1 位、小数最多 %2 位</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>第 %1 行第 %2 列</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>未知的键“%1%2”</source>
        <translation>未知的键“%1%2”</translation>
    </message>
    <message>
        <source>“%1”应为对象</source>
        <translation>“%1”应为对象</translation>
    </message>
    <message>
        <source>未知的键“%1.%2”</source>
        <translation>未知的键“%1.%2”</translation>
    </message>
    <message>
        <source>“%1.%2”应为字符串</source>
        <translation>“%1.%2”应为字符串</translation>
    </message>
    <message>
        <source>缺少“agency”对象（机关名称和类型）</source>
        <translation>缺少“agency”对象（机关名称和类型）</translation>
    </message>
    <message>
        <source>“agency.name”（机关名称）不能为空</source>
        <translation>“agency.name”（机关名称）不能为空</translation>
    </message>
    <message>
        <source>“cells”应为对象</source>
        <translation>“cells”应为对象</translation>
    </message>
    <message>
        <source>未知的单元格“cells.%1”</source>
        <translation>未知的单元格“cells.%1”</translation>
    </message>
    <message>
        <source>“format”应为 &quot;%1&quot;，这不是年度报告数据包</source>
        <translation>“format”应为 &quot;%1&quot;，这不是年度报告数据包</translation>
    </message>
    <message>
        <source>“formatVersion”应为 &quot;%1&quot;</source>
        <translation>“formatVersion”应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>“status”应为 &quot;draft&quot; 或 &quot;final&quot;</source>
        <translation>“status”应为 &quot;draft&quot; 或 &quot;final&quot;</translation>
    </message>
    <message>
        <source>“publishDate”应为 YYYY-MM-DD 格式的日期</source>
        <translation>“publishDate”应为 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>不是有效的 JSON（%1）：%2</source>
        <translation>不是有效的 JSON（%1）：%2</translation>
    </message>
    <message>
        <source>数据包应为一个 JSON 对象</source>
        <translation>数据包应为一个 JSON 对象</translation>
    </message>
    <message>
        <source>“textsToRevise”中未知的文字部分“%1”</source>
        <translation>“textsToRevise”中未知的文字部分“%1”</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>“agency.kind”应为 &quot;government&quot;、&quot;department&quot; 或 &quot;other&quot;</source>
        <translation>“agency.kind”应为 &quot;government&quot;、&quot;department&quot; 或 &quot;other&quot;</translation>
    </message>
    <message>
        <source>“cells.%1”（%2）</source>
        <translation>“cells.%1”（%2）</translation>
    </message>
    <message>
        <source>%1的数值 %2 太大，无法精确表示；请写成字符串</source>
        <translation>%1的数值 %2 太大，无法精确表示；请写成字符串</translation>
    </message>
    <message>
        <source>%1的数值 %2 无法精确表示；请写成字符串</source>
        <translation>%1的数值 %2 无法精确表示；请写成字符串</translation>
    </message>
    <message>
        <source>%1的值 %2 小数超过 %3 位</source>
        <translation>%1的值 %2 小数超过 %3 位</translation>
    </message>
    <message>
        <source>%1的值 %2 超出范围（%3）</source>
        <translation>%1的值 %2 超出范围（%3）</translation>
    </message>
    <message>
        <source>%1的值 %2 不是数字</source>
        <translation>%1的值 %2 不是数字</translation>
    </message>
    <message>
        <source>“agency.name”：%1</source>
        <translation>“agency.name”：%1</translation>
    </message>
    <message>
        <source>“year”应为 %1 至 %2 之间的年份</source>
        <translation>“year”应为 %1 至 %2 之间的年份</translation>
    </message>
    <message>
        <source>“%1.agency”（机关名称）不能为空</source>
        <translation>“%1.agency”（机关名称）不能为空</translation>
    </message>
    <message>
        <source>“%1.status”应为 missing、draft、final、submitted 或 returned</source>
        <translation>“%1.status”应为 missing、draft、final、submitted 或 returned</translation>
    </message>
    <message>
        <source>“%1.errors”应为规则编号的数组</source>
        <translation>“%1.errors”应为规则编号的数组</translation>
    </message>
    <message>
        <source>“%1.errors”中未知的规则“%2”</source>
        <translation>“%1.errors”中未知的规则“%2”</translation>
    </message>
    <message>
        <source>“%1.unexplainedWarnings”应为非负整数</source>
        <translation>“%1.unexplainedWarnings”应为非负整数</translation>
    </message>
    <message>
        <source>“previousAggregate”应为对象</source>
        <translation>“previousAggregate”应为对象</translation>
    </message>
    <message>
        <source>未知的键“previousAggregate.%1”</source>
        <translation>未知的键“previousAggregate.%1”</translation>
    </message>
    <message>
        <source>“previousAggregate”需要年份 year 和机关数 agencies</source>
        <translation>“previousAggregate”需要年份 year 和机关数 agencies</translation>
    </message>
    <message>
        <source>未知的单元格“previousAggregate.cells.%1”</source>
        <translation>未知的单元格“previousAggregate.cells.%1”</translation>
    </message>
    <message>
        <source>“previousAggregate.cells.%1”不是数字</source>
        <translation>“previousAggregate.cells.%1”不是数字</translation>
    </message>
    <message>
        <source>“previousAggregate”只用于带“contributors”的汇总数据包</source>
        <translation>“previousAggregate”只用于带“contributors”的汇总数据包</translation>
    </message>
    <message>
        <source>“contributors”应为数组</source>
        <translation>“contributors”应为数组</translation>
    </message>
    <message>
        <source>“agency.parent”（上级机关）应为字符串</source>
        <translation>“agency.parent”（上级机关）应为字符串</translation>
    </message>
    <message>
        <source>“agency.parent”：%1</source>
        <translation>“agency.parent”：%1</translation>
    </message>
</context>
<context>
    <name>ParentCli</name>
    <message>
        <source>给了 --top 就不能再给上级机关</source>
        <translation>给了 --top 就不能再给上级机关</translation>
    </message>
    <message>
        <source>--kind 应为 %1</source>
        <translation>--kind 应为 %1</translation>
    </message>
    <message>
        <source>已添加机关 %1</source>
        <translation>已添加机关 %1</translation>
    </message>
    <message>
        <source>没有机关 %1；要添加它，请加上 --create。</source>
        <translation>没有机关 %1；要添加它，请加上 --create。</translation>
    </message>
    <message>
        <source>%1 没有上级机关</source>
        <translation>%1 没有上级机关</translation>
    </message>
    <message>
        <source>%1 的上级机关是 %2</source>
        <translation>%1 的上级机关是 %2</translation>
    </message>
    <message>
        <source>%1 现在没有上级机关</source>
        <translation>%1 现在没有上级机关</translation>
    </message>
    <message>
        <source>%1 现在在 %2 之下</source>
        <translation>%1 现在在 %2 之下</translation>
    </message>
    <message>
        <source>查看或设置机关的上级机关（汇总和报送情况按机关树进行）</source>
        <translation>查看或设置机关的上级机关（汇总和报送情况按机关树进行）</translation>
    </message>
    <message>
        <source>只给 AGENCY 时显示它的上级机关；给出 PARENT 时把它（连同它的下级）移到 PARENT 之下，--top 则移到最上层。机关的报告不受影响。不能把机关移到它自己或它的下级之下。--create 添加一个还没有报告的机关。导入带有 agency.parent 的数据包时，机关会自动放到该上级之下。</source>
        <translation>只给 AGENCY 时显示它的上级机关；给出 PARENT 时把它（连同它的下级）移到 PARENT 之下，--top 则移到最上层。机关的报告不受影响。不能把机关移到它自己或它的下级之下。--create 添加一个还没有报告的机关。导入带有 agency.parent 的数据包时，机关会自动放到该上级之下。</translation>
    </message>
    <message>
        <source>移到最上层（没有上级机关）</source>
        <translation>移到最上层（没有上级机关）</translation>
    </message>
    <message>
        <source>机关不存在时添加它</source>
        <translation>机关不存在时添加它</translation>
    </message>
    <message>
        <source>新添加的机关的类型；默认按名称判断（含“人民政府”的为 government）</source>
        <translation>新添加的机关的类型；默认按名称判断（含“人民政府”的为 government）</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>%1 太大，无法读取</source>
        <translation>%1 太大，无法读取</translation>
    </message>
    <message>
        <source>%1 不是可以读取的 PDF 文件（文件损坏或不完整）</source>
        <translation>%1 不是可以读取的 PDF 文件（文件损坏或不完整）</translation>
    </message>
    <message>
        <source>%1 有打开密码，无法读取；请使用未加密的文件</source>
        <translation>%1 有打开密码，无法读取；请使用未加密的文件</translation>
    </message>
    <message>
        <source>%1 没有文字层（可能是扫描件，共 %2 页），无法读取其中的文字和数字；请使用发布机关的电子版，或先做文字识别（OCR）</source>
        <translation>%1 没有文字层（可能是扫描件，共 %2 页），无法读取其中的文字和数字；请使用发布机关的电子版，或先做文字识别（OCR）</translation>
    </message>
</context>
<context>
    <name>PublishedReportImporter</name>
    <message>
        <source>%1 的文字编码无法识别（应为 UTF-8 或 GBK/GB18030）</source>
        <translation>%1 的文字编码无法识别（应为 UTF-8 或 GBK/GB18030）</translation>
    </message>
    <message>
        <source>%1 中没有找到年度报告的任何部分（如“%2”），这不像一份政府信息公开工作年度报告</source>
        <translation>%1 中没有找到年度报告的任何部分（如“%2”），这不像一份政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>正文中没有报告标题，标题取自网页的标题元数据：%1</source>
        <translation>正文中没有报告标题，标题取自网页的标题元数据：%1</translation>
    </message>
    <message>
        <source>正文中没有报告标题，标题取自网页标题：%1</source>
        <translation>正文中没有报告标题，标题取自网页标题：%1</translation>
    </message>
    <message>
        <source>没有找到报告标题，年度 %1 取自统计期限</source>
        <translation>没有找到报告标题，年度 %1 取自统计期限</translation>
    </message>
    <message>
        <source>没有找到报告标题，年度 %1 取自落款日期 %2（年度报告在次年发布）</source>
        <translation>没有找到报告标题，年度 %1 取自落款日期 %2（年度报告在次年发布）</translation>
    </message>
    <message>
        <source>没有找到报告标题，年度 %1 取自文件名</source>
        <translation>没有找到报告标题，年度 %1 取自文件名</translation>
    </message>
    <message>
        <source>没有找到报告标题，年度 %1 取自“总体情况”的正文</source>
        <translation>没有找到报告标题，年度 %1 取自“总体情况”的正文</translation>
    </message>
    <message>
        <source>没有找到报告的年度，请补填</source>
        <translation>没有找到报告的年度，请补填</translation>
    </message>
    <message>
        <source>落款</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>网页标题中的网站名称</source>
        <translation>网页标题中的网站名称</translation>
    </message>
    <message>
        <source>“总体情况”的正文</source>
        <translation>“总体情况”的正文</translation>
    </message>
    <message>
        <source>标题中的机关名称“%1”是简称，全称“%2”取自%3，请核对</source>
        <translation>标题中的机关名称“%1”是简称，全称“%2”取自%3，请核对</translation>
    </message>
    <message>
        <source>没有找到报告标题，机关名称“%1”取自落款，请核对</source>
        <translation>没有找到报告标题，机关名称“%1”取自落款，请核对</translation>
    </message>
    <message>
        <source>没有找到报告标题，机关名称“%1”取自“总体情况”的正文，请核对</source>
        <translation>没有找到报告标题，机关名称“%1”取自“总体情况”的正文，请核对</translation>
    </message>
    <message>
        <source>没有找到机关名称，请补填</source>
        <translation>没有找到机关名称，请补填</translation>
    </message>
    <message>
        <source>报告中的机关名称为“%1”，按指定改为“%2”</source>
        <translation>报告中的机关名称为“%1”，按指定改为“%2”</translation>
    </message>
    <message>
        <source>报告中的年度为 %1，按指定改为 %2</source>
        <translation>报告中的年度为 %1，按指定改为 %2</translation>
    </message>
    <message>
        <source>报告中的机关名称无法使用：%1</source>
        <translation>报告中的机关名称无法使用：%1</translation>
    </message>
</context>
<context>
    <name>RenderCli</name>
    <message>
        <source>写出 PDF（字体嵌入，文字可复制）</source>
        <translation>写出 PDF（字体嵌入，文字可复制）</translation>
    </message>
    <message>
        <source>写出 ODT，可用 LibreOffice、WPS 打开</source>
        <translation>写出 ODT，可用 LibreOffice、WPS 打开</translation>
    </message>
    <message>
        <source>写出网页，用于网站发布</source>
        <translation>写出网页，用于网站发布</translation>
    </message>
    <message>
        <source>写出 CSV，可用 Excel 打开</source>
        <translation>写出 CSV，可用 Excel 打开</translation>
    </message>
    <message>
        <source>只能指定一种输出格式（--pdf、--odt、--html 或 --csv）</source>
        <translation>只能指定一种输出格式（--pdf、--odt、--html 或 --csv）</translation>
    </message>
    <message>
        <source>请指定输出格式（--pdf、--odt、--html 或 --csv）</source>
        <translation>请指定输出格式（--pdf、--odt、--html 或 --csv）</translation>
    </message>
    <message>
        <source>把一个报告打印成 PDF、ODT、网页或 CSV，不用数据库</source>
        <translation>把一个报告打印成 PDF、ODT、网页或 CSV，不用数据库</translation>
    </message>
    <message>
        <source>PACKAGE 可以是数据包，也可以是已发布的报告（.txt、.html、.pdf）。输出文件先写到临时文件，完成后才改名，不会留下写了一半的文件。</source>
        <translation>PACKAGE 可以是数据包，也可以是已发布的报告（.txt、.html、.pdf）。输出文件先写到临时文件，完成后才改名，不会留下写了一半的文件。</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportCodec</name>
    <message>
        <source>快照内容无法读取。</source>
        <translation>快照内容无法读取。</translation>
    </message>
    <message>
        <source>快照中单元格 %1 的数值无法读取。</source>
        <translation>快照中单元格 %1 的数值无法读取。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>PDF 公文格式 (*.pdf)</source>
        <translation>PDF 公文格式 (*.pdf)</translation>
    </message>
    <message>
        <source>不认识的文件类型“%1”：请用 .pdf、.odt、.html、.csv 或 .nianbao.json。</source>
        <translation>不认识的文件类型“%1”：请用 .pdf、.odt、.html、.csv 或 .nianbao.json。</translation>
    </message>
    <message>
        <source>OpenDocument 文本 (*.odt);;网页 (*.html);;CSV 表格 (*.csv);;报告包 (*.nianbao.json)</source>
        <translation>OpenDocument 文本 (*.odt);;网页 (*.html);;CSV 表格 (*.csv);;报告包 (*.nianbao.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF 正式版式 (*.pdf)</source>
        <translation>PDF 正式版式 (*.pdf)</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>%1 未能读取：%2</source>
        <translation>%1 未能读取：%2</translation>
    </message>
    <message>
        <source>%1 未能读取（“%2”）：%3</source>
        <translation>%1 未能读取（“%2”）：%3</translation>
    </message>
</context>
<context>
    <name>ReportInput</name>
    <message>
        <source>机关名称：报告中找不到时补上，或替换报告所写的</source>
        <translation>机关名称：报告中找不到时补上，或替换报告所写的</translation>
    </message>
    <message>
        <source>机关类别：government 人民政府，department 部门，other 其他</source>
        <translation>机关类别：government 人民政府，department 部门，other 其他</translation>
    </message>
    <message>
        <source>报告年度：报告中找不到时补上，或替换报告所写的</source>
        <translation>报告年度：报告中找不到时补上，或替换报告所写的</translation>
    </message>
</context>
<context>
    <name>ReportRows</name>
    <message>
        <source>数据库文件 %1 中 %2 年度报告的单元格 %3 的数值“%4”无法读取。</source>
        <translation>数据库文件 %1 中 %2 年度报告的单元格 %3 的数值“%4”无法读取。</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
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
    <message>
        <source>政府信息公开工作年度报告审查结果</source>
        <translation>政府信息公开工作年度报告审查结果</translation>
    </message>
    <message>
        <source>生成时间：%1。共 %2 个文件：读取 %3 个，无法读取 %4 个；有错误的 %5 个，只有警告的 %6 个。</source>
        <translation>生成时间：%1。共 %2 个文件：读取 %3 个，无法读取 %4 个；有错误的 %5 个，只有警告的 %6 个。</translation>
    </message>
    <message>
        <source>按规则统计</source>
        <translation>按规则统计</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>涉及报告</source>
        <translation>涉及报告</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>各报告</source>
        <translation>各报告</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
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
        <source>未能读取的单元格</source>
        <translation>未能读取的单元格</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>无法读取：%1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>原文：</source>
        <translation>原文：</translation>
    </message>
    <message>
        <source>（原文：“%1”）</source>
        <translation>（原文：“%1”）</translation>
    </message>
    <message>
        <source>审查报告的文件名应以 .html 或 .csv 结尾：%1</source>
        <translation>审查报告的文件名应以 .html 或 .csv 结尾：%1</translation>
    </message>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>请用 --clerk 机关、--reviewer 机关 或 --admin 中的一个说明给什么权限</source>
        <translation>请用 --clerk 机关、--reviewer 机关 或 --admin 中的一个说明给什么权限</translation>
    </message>
    <message>
        <source>机关名称不能为空</source>
        <translation>机关名称不能为空</translation>
    </message>
    <message>
        <source>未知的操作“%1”：应为 init、grant 或 revoke</source>
        <translation>未知的操作“%1”：应为 init、grant 或 revoke</translation>
    </message>
    <message>
        <source>server init 不需要其他参数</source>
        <translation>server init 不需要其他参数</translation>
    </message>
    <message>
        <source>server %1 需要一个用户名</source>
        <translation>server %1 需要一个用户名</translation>
    </message>
    <message>
        <source>--db 应为 PostgreSQL 数据库（postgresql://… 或 service=名称），而不是“%1”</source>
        <translation>--db 应为 PostgreSQL 数据库（postgresql://… 或 service=名称），而不是“%1”</translation>
    </message>
    <message>
        <source>在 PostgreSQL 服务器上建立共用数据库，授予或收回权限</source>
        <translation>在 PostgreSQL 服务器上建立共用数据库，授予或收回权限</translation>
    </message>
    <message>
        <source>init：建立或升级数据表、访问规则和用户组（nianbao_clerk、nianbao_reviewer、nianbao_admin）；再次运行不做任何改动。由数据库的所有者（需有 CREATEROLE 权限）或超级用户运行。

grant：登录用户 USER 不存在时创建它（程序不设置密码），并给它权限：--clerk 机关 为该机关的填报人（填写、定稿、报送本机关的报告），--reviewer 机关 为审核人（查看该机关及下级的报告、汇总和报送情况，退回已报送的报告，不能修改数字），--admin 为管理员（管理机关、上下级关系和权限）。

revoke：收回这项权限，登录用户本身保留。

权限由数据库服务器用角色和行级安全策略执行：即使用 psql 直接连接，也不能读写别的机关的报告、修改已定稿的报告或冒用别人的名义。</source>
        <translation>init：建立或升级数据表、访问规则和用户组（nianbao_clerk、nianbao_reviewer、nianbao_admin）；再次运行不做任何改动。由数据库的所有者（需有 CREATEROLE 权限）或超级用户运行。

grant：登录用户 USER 不存在时创建它（程序不设置密码），并给它权限：--clerk 机关 为该机关的填报人（填写、定稿、报送本机关的报告），--reviewer 机关 为审核人（查看该机关及下级的报告、汇总和报送情况，退回已报送的报告，不能修改数字），--admin 为管理员（管理机关、上下级关系和权限）。

revoke：收回这项权限，登录用户本身保留。

权限由数据库服务器用角色和行级安全策略执行：即使用 psql 直接连接，也不能读写别的机关的报告、修改已定稿的报告或冒用别人的名义。</translation>
    </message>
    <message>
        <source>该机关的填报人</source>
        <translation>该机关的填报人</translation>
    </message>
    <message>
        <source>该机关及其下级的审核人</source>
        <translation>该机关及其下级的审核人</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>设置文件 %1 不是普通文件</source>
        <translation>设置文件 %1 不是普通文件</translation>
    </message>
    <message>
        <source>设置文件 %1 有 %2 MB，不是本程序写的设置文件</source>
        <translation>设置文件 %1 有 %2 MB，不是本程序写的设置文件</translation>
    </message>
    <message>
        <source>无法读取设置文件 %1：%2</source>
        <translation>无法读取设置文件 %1：%2</translation>
    </message>
    <message>
        <source>设置文件 %1 不是 UTF-8 文本</source>
        <translation>设置文件 %1 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>设置文件 %1 第 %2 行含有控制字符</source>
        <translation>设置文件 %1 第 %2 行含有控制字符</translation>
    </message>
    <message>
        <source>设置文件 %1 第 %2 行不是设置项</source>
        <translation>设置文件 %1 第 %2 行不是设置项</translation>
    </message>
    <message>
        <source>设置文件 %1 无法读取</source>
        <translation>设置文件 %1 无法读取</translation>
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
    <name>SqliteReportStore</name>
    <message>
        <source>数据库文件 %1 由更新版本的年报程序创建（数据库版本 %2，本程序只支持到 %3）。请升级程序；文件未做任何改动。</source>
        <translation>数据库文件 %1 由更新版本的年报程序创建（数据库版本 %2，本程序只支持到 %3）。请升级程序；文件未做任何改动。</translation>
    </message>
    <message>
        <source>文件 %1 是其他程序的 SQLite 数据库，不是年报数据库。文件未做任何改动。</source>
        <translation>文件 %1 是其他程序的 SQLite 数据库，不是年报数据库。文件未做任何改动。</translation>
    </message>
    <message>
        <source>数据库文件 %1 无法启用预写日志（%2），为防止丢失数据，不予打开。</source>
        <translation>数据库文件 %1 无法启用预写日志（%2），为防止丢失数据，不予打开。</translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>恢复到快照 %1</source>
        <translation>恢复到快照 %1</translation>
    </message>
    <message>
        <source>%1 年度的报告已经存在；如要用上年结转的内容替换它，请选择替换（替换前会保存快照）。</source>
        <translation>%1 年度的报告已经存在；如要用上年结转的内容替换它，请选择替换（替换前会保存快照）。</translation>
    </message>
    <message>
        <source>新年度替换前</source>
        <translation>新年度替换前</translation>
    </message>
    <message>
        <source>新年度</source>
        <translation>新年度</translation>
    </message>
    <message>
        <source>由 %1 年度结转</source>
        <translation>由 %1 年度结转</translation>
    </message>
    <message>
        <source>%1 年度的报告已经存在，未导入；如要替换，请使用 --replace（替换前会保存快照）。</source>
        <translation>%1 年度的报告已经存在，未导入；如要替换，请使用 --replace（替换前会保存快照）。</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>StartupOptionsParser</name>
    <message>
        <source>编制政府信息公开工作年度报告</source>
        <translation>编制政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>界面语言：zh_CN 或 en</source>
        <translation>界面语言：zh_CN 或 en</translation>
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
    <message>
        <source>年报（nianbao）按 2021 年格式（国办公开办函〔2021〕30号）填写、检查和发布政府信息公开工作年度报告：每个部分一页，合计随输入更新，检查结果标在单元格上；每次修改都立即保存；可打印 PDF（普通版式或公文格式）、导出网页、ODT 和 CSV，并导入已发布的报告。

所有机关、所有年度的报告保存在一个数据库中。FILE 为数据包（.nianbao.json）或已发布的报告（.txt、.html）时，先显示它的导入预览。不用图形界面的操作见 nianbao-cli(1)。</source>
        <translation>年报（nianbao）按 2021 年格式（国办公开办函〔2021〕30号）填写、检查和发布政府信息公开工作年度报告：每个部分一页，合计随输入更新，检查结果标在单元格上；每次修改都立即保存；可打印 PDF（普通版式或公文格式）、导出网页、ODT 和 CSV，并导入已发布的报告。

所有机关、所有年度的报告保存在一个数据库中。FILE 为数据包（.nianbao.json）或已发布的报告（.txt、.html）时，先显示它的导入预览。不用图形界面的操作见 nianbao-cli(1)。</translation>
    </message>
    <message>
        <source>显示选项说明</source>
        <translation>显示选项说明</translation>
    </message>
    <message>
        <source>显示版本</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>环境</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>LC_ALL、LC_MESSAGES、LANG 为英文（en_*）时界面为英文，否则为中文；--lang 优先。</source>
        <translation>LC_ALL、LC_MESSAGES、LANG 为英文（en_*）时界面为英文，否则为中文；--lang 优先。</translation>
    </message>
    <message>
        <source>输出 man 手册页（打包时生成）</source>
        <translation>输出 man 手册页（打包时生成）</translation>
    </message>
    <message>
        <source>要打开的数据包或已发布的报告</source>
        <translation>要打开的数据包或已发布的报告</translation>
    </message>
    <message>
        <source>一次只能打开一个文件。</source>
        <translation>一次只能打开一个文件。</translation>
    </message>
    <message>
        <source>使用的数据库文件，或 PostgreSQL 服务器（postgresql://用户@主机/库名 或 service=名称）</source>
        <translation>使用的数据库文件，或 PostgreSQL 服务器（postgresql://用户@主机/库名 或 service=名称）</translation>
    </message>
    <message>
        <source>不给 --db 时使用“文件 → 打开数据库”上次打开的数据库，否则为：
  ~/.local/share/nianbao/nianbao/nianbao.sqlite3
连不上服务器时的修改暂存在：
  ~/.local/share/nianbao/nianbao/journals/</source>
        <translation>不给 --db 时使用“文件 → 打开数据库”上次打开的数据库，否则为：
  ~/.local/share/nianbao/nianbao/nianbao.sqlite3
连不上服务器时的修改暂存在：
  ~/.local/share/nianbao/nianbao/journals/</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>没有 %1 年度的报告。</source>
        <translation>没有 %1 年度的报告。</translation>
    </message>
    <message>
        <source>%1 年度的报告已经存在。</source>
        <translation>%1 年度的报告已经存在。</translation>
    </message>
    <message>
        <source>%1 年度的报告已定稿，不能修改；如需修改，请先填写理由重新打开。</source>
        <translation>%1 年度的报告已定稿，不能修改；如需修改，请先填写理由重新打开。</translation>
    </message>
    <message>
        <source>%1 年度的报告已定稿，不能替换；请先填写理由重新打开。</source>
        <translation>%1 年度的报告已定稿，不能替换；请先填写理由重新打开。</translation>
    </message>
    <message>
        <source>没有编号为 %1 的快照。</source>
        <translation>没有编号为 %1 的快照。</translation>
    </message>
    <message>
        <source>没有 %1 年度的报告，无法从上年结转；可以新建一份空白报告。</source>
        <translation>没有 %1 年度的报告，无法从上年结转；可以新建一份空白报告。</translation>
    </message>
    <message>
        <source>没有机关 %1。</source>
        <translation>没有机关 %1。</translation>
    </message>
    <message>
        <source>机关名称不能为空。</source>
        <translation>机关名称不能为空。</translation>
    </message>
    <message>
        <source>机关 %1 已经存在，不能改成这个名称。</source>
        <translation>机关 %1 已经存在，不能改成这个名称。</translation>
    </message>
    <message>
        <source>%1 年度报告的“%2”在打开之后已被别处修改，本次修改没有保存，以免覆盖别处的内容。请比较两个版本后再保存。</source>
        <translation>%1 年度报告的“%2”在打开之后已被别处修改，本次修改没有保存，以免覆盖别处的内容。请比较两个版本后再保存。</translation>
    </message>
    <message>
        <source>重新打开已定稿的报告需要填写理由。</source>
        <translation>重新打开已定稿的报告需要填写理由。</translation>
    </message>
    <message>
        <source>%1 年度的报告还有错误（%2），改正后才能定稿。</source>
        <translation>%1 年度的报告还有错误（%2），改正后才能定稿。</translation>
    </message>
    <message>
        <source>%1 年度的报告有未说明的警告（%2），请为每条警告填写说明后再定稿。</source>
        <translation>%1 年度的报告有未说明的警告（%2），请为每条警告填写说明后再定稿。</translation>
    </message>
    <message>
        <source>年度应为 %1 至 %2 之间的年份，而不是 %3。</source>
        <translation>年度应为 %1 至 %2 之间的年份，而不是 %3。</translation>
    </message>
    <message>
        <source>没有上级机关 %1。</source>
        <translation>没有上级机关 %1。</translation>
    </message>
    <message>
        <source>不能把 %1 放到 %2 之下：%2 是它自己或它的下级机关。</source>
        <translation>不能把 %1 放到 %2 之下：%2 是它自己或它的下级机关。</translation>
    </message>
</context>
<context>
    <name>SubmissionRules</name>
    <message>
        <source>%1 已经报送。</source>
        <translation>%1 已经报送。</translation>
    </message>
    <message>
        <source>%1 还没有定稿：定稿后才能报送。</source>
        <translation>%1 还没有定稿：定稿后才能报送。</translation>
    </message>
    <message>
        <source>%1 没有报送，无需退回。</source>
        <translation>%1 没有报送，无需退回。</translation>
    </message>
    <message>
        <source>退回报告需要填写理由。</source>
        <translation>退回报告需要填写理由。</translation>
    </message>
    <message>
        <source>%1 已经报送，不能由本机关重新打开；如需修改，请上级退回。</source>
        <translation>%1 已经报送，不能由本机关重新打开；如需修改，请上级退回。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>此行读到 %1 个数值，应有 %2 个，无法确定各数值属于哪一列</source>
        <translation>此行读到 %1 个数值，应有 %2 个，无法确定各数值属于哪一列</translation>
    </message>
    <message>
        <source>“%1”不是数字</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>表头不是 2021 年版格式的列，无法确定数值所属的列</source>
        <translation>表头不是 2021 年版格式的列，无法确定数值所属的列</translation>
    </message>
    <message>
        <source>报告中没有找到这一行</source>
        <translation>报告中没有找到这一行</translation>
    </message>
    <message>
        <source>表头无法识别，此行的数值又不能由“总计等于前几列之和”验证，无法确定各数值所属的列</source>
        <translation>表头无法识别，此行的数值又不能由“总计等于前几列之和”验证，无法确定各数值所属的列</translation>
    </message>
    <message>
        <source>“%1”的表头无法识别（常见于 PDF 转出的文字）；其中 %2 行恰有 %3 个数值且最后一个等于前几个之和，已按 2021 年版格式的列顺序（%4）读取，请核对；%5 行无法验证，未读取</source>
        <translation>“%1”的表头无法识别（常见于 PDF 转出的文字）；其中 %2 行恰有 %3 个数值且最后一个等于前几个之和，已按 2021 年版格式的列顺序（%4）读取，请核对；%5 行无法验证，未读取</translation>
    </message>
</context>
<context>
    <name>UsageText</name>
    <message>
        <source>示例：</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>%1（可选：%2）</source>
        <translation>%1（可选：%2）</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>用法：%1 %2</source>
        <translation>用法：%1 %2</translation>
    </message>
    <message>
        <source>命令：</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>选项：</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>：</source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>nb::session::DraftSession</name>
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
        <translation>
            <numerusform>清除 %n 个单元格</numerusform>
        </translation>
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
        <translation>
            <numerusform>还有 %n 个问题，不能定稿：</numerusform>
        </translation>
    </message>
    <message>
        <source>定稿</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>重新打开已定稿的报告需要填写原因。</source>
        <translation>重新打开已定稿的报告需要填写原因。</translation>
    </message>
    <message>
        <source>只能给填写的单元格加批注，合计单元格不能加。</source>
        <translation>只能给填写的单元格加批注，合计单元格不能加。</translation>
    </message>
    <message>
        <source>删除批注 %1</source>
        <translation>删除批注 %1</translation>
    </message>
    <message>
        <source>批注 %1</source>
        <translation>批注 %1</translation>
    </message>
    <message>
        <source>这是只读的预览，不能修改。</source>
        <translation>这是只读的预览，不能修改。</translation>
    </message>
    <message>
        <source>已定稿，如需修改请先撤销定稿。</source>
        <translation>已定稿，如需修改请先撤销定稿。</translation>
    </message>
    <message>
        <source>“%1”已在别处被修改，这里的修改尚未保存。请比较两个版本，选择保留哪一个或合并。</source>
        <translation>“%1”已在别处被修改，这里的修改尚未保存。请比较两个版本，选择保留哪一个或合并。</translation>
    </message>
    <message>
        <source>%1 的值 %2 超出了可以填写的范围（%3）</source>
        <translation>%1 的值 %2 超出了可以填写的范围（%3）</translation>
    </message>
    <message>
        <source>剪贴板中的内容有 %1 个字符，不是可以粘贴到表格中的数据。</source>
        <translation>剪贴板中的内容有 %1 个字符，不是可以粘贴到表格中的数据。</translation>
    </message>
    <message>
        <source>标为已修订：%1</source>
        <translation>标为已修订：%1</translation>
    </message>
</context>
<context>
    <name>nb::storage::History</name>
    <message>
        <source>没有编号为 %1 的快照。</source>
        <translation>没有编号为 %1 的快照。</translation>
    </message>
</context>
<context>
    <name>nb::ui::AgencyChoiceDialog</name>
    <message>
        <source>选择参与汇总的机关</source>
        <translation>选择参与汇总的机关</translation>
    </message>
    <message>
        <source>勾选要计入汇总的机关。</source>
        <translation>勾选要计入汇总的机关。</translation>
    </message>
    <message>
        <source>勾选%1下要计入汇总的机关。</source>
        <translation>勾选%1下要计入汇总的机关。</translation>
    </message>
    <message>
        <source>未勾选的机关不计入各项数字，汇总的检查（缺报、未定稿、有错误）也不涉及它们。</source>
        <translation>未勾选的机关不计入各项数字，汇总的检查（缺报、未定稿、有错误）也不涉及它们。</translation>
    </message>
    <message>
        <source>按名称筛选</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <source>全选(&amp;A)</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>全不选(&amp;U)</source>
        <translation>全不选(&amp;U)</translation>
    </message>
    <message>
        <source>汇总选定的机关</source>
        <translation>汇总选定的机关</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>已选 %1 / %2 个</source>
        <translation>已选 %1 / %2 个</translation>
    </message>
</context>
<context>
    <name>nb::ui::AgencyManagerDialog</name>
    <message>
        <source>机关管理</source>
        <translation>机关管理</translation>
    </message>
    <message>
        <source>把机关拖到另一个机关上，或在“上级机关”中选择，即可移动（连同其下级机关）；报告跟着机关名称走，移动不影响任何报告。</source>
        <translation>把机关拖到另一个机关上，或在“上级机关”中选择，即可移动（连同其下级机关）；报告跟着机关名称走，移动不影响任何报告。</translation>
    </message>
    <message>
        <source>选中的机关</source>
        <translation>选中的机关</translation>
    </message>
    <message>
        <source>改名(&amp;R)</source>
        <translation>改名(&amp;R)</translation>
    </message>
    <message>
        <source>移动(&amp;M)</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>上级机关(&amp;P)：</source>
        <translation>上级机关(&amp;P)：</translation>
    </message>
    <message>
        <source>新增机关</source>
        <translation>新增机关</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>名称(&amp;E)：</source>
        <translation>名称(&amp;E)：</translation>
    </message>
    <message>
        <source>类型(&amp;K)：</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>上级机关(&amp;U)：</source>
        <translation>上级机关(&amp;U)：</translation>
    </message>
    <message>
        <source>（无，最上级）</source>
        <translation>（无，最上级）</translation>
    </message>
    <message>
        <source>不能%1：%2</source>
        <translation>不能%1：%2</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>已添加机关 %1。</source>
        <translation>已添加机关 %1。</translation>
    </message>
    <message>
        <source>已在 %2 之下添加机关 %1。</source>
        <translation>已在 %2 之下添加机关 %1。</translation>
    </message>
    <message>
        <source>请先在左边选择一个机关。</source>
        <translation>请先在左边选择一个机关。</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>机关 %1 已改名为 %2，各年度的报告都已保留。</source>
        <translation>机关 %1 已改名为 %2，各年度的报告都已保留。</translation>
    </message>
    <message>
        <source>移动</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>已把 %1 移到最上级。</source>
        <translation>已把 %1 移到最上级。</translation>
    </message>
    <message>
        <source>已把 %1 移到 %2 之下。</source>
        <translation>已把 %1 移到 %2 之下。</translation>
    </message>
</context>
<context>
    <name>nb::ui::AgencyTreeModel</name>
    <message>
        <source>机关</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>人民政府</source>
        <translation>人民政府</translation>
    </message>
    <message>
        <source>政府部门</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>nb::ui::AggregateWindow</name>
    <message>
        <source>汇总</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>汇总机关(&amp;N)：</source>
        <translation>汇总机关(&amp;N)：</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>按数据库中现在的报告重新汇总（F5）</source>
        <translation>按数据库中现在的报告重新汇总（F5）</translation>
    </message>
    <message>
        <source>查看构成(&amp;E)…</source>
        <translation>查看构成(&amp;E)…</translation>
    </message>
    <message>
        <source>当前单元格由哪些机关的多少构成（在表格中按 Ctrl+E）</source>
        <translation>当前单元格由哪些机关的多少构成（在表格中按 Ctrl+E）</translation>
    </message>
    <message>
        <source>对比上年(&amp;P)…</source>
        <translation>对比上年(&amp;P)…</translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>全部机关</source>
        <translation>全部机关</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>数据库中还没有报告，无从汇总。</source>
        <translation>数据库中还没有报告，无从汇总。</translation>
    </message>
    <message>
        <source>%1 %2 个</source>
        <translation>%1 %2 个</translation>
    </message>
    <message>
        <source>请先在表格中选中一个单元格。</source>
        <translation>请先在表格中选中一个单元格。</translation>
    </message>
    <message>
        <source>%1 %2年</source>
        <translation>%1 %2年</translation>
    </message>
    <message>
        <source>还没有汇总结果。</source>
        <translation>还没有汇总结果。</translation>
    </message>
    <message>
        <source>导出汇总</source>
        <translation>导出汇总</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>范围内的机关 %1 年都没有报告，无从对比。</source>
        <translation>范围内的机关 %1 年都没有报告，无从对比。</translation>
    </message>
    <message>
        <source>选择机关(&amp;A)…</source>
        <translation>选择机关(&amp;A)…</translation>
    </message>
    <message>
        <source>只汇总该机关下选定的机关（默认全部）</source>
        <translation>只汇总该机关下选定的机关（默认全部）</translation>
    </message>
    <message>
        <source>%1下没有机关。</source>
        <translation>%1下没有机关。</translation>
    </message>
    <message>
        <source>%1（选定的 %2 个机关）</source>
        <translation>%1（选定的 %2 个机关）</translation>
    </message>
    <message>
        <source>汇总：%1</source>
        <translation>汇总：%1</translation>
    </message>
    <message>
        <source>范围内 %1 个机关</source>
        <translation>范围内 %1 个机关</translation>
    </message>
    <message>
        <source>只汇总选定的 %1 个机关（共 %2 个，其余不计入数字和检查）</source>
        <translation>只汇总选定的 %1 个机关（共 %2 个，其余不计入数字和检查）</translation>
    </message>
    <message>
        <source>%1 %2年：%3，%4 个有报告（%5）。汇总只读；在单元格上按 Ctrl+E 查看构成。</source>
        <translation>%1 %2年：%3，%4 个有报告（%5）。汇总只读；在单元格上按 Ctrl+E 查看构成。</translation>
    </message>
    <message>
        <source>选择机关(&amp;A)…（%1/%2）</source>
        <translation>选择机关(&amp;A)…（%1/%2）</translation>
    </message>
</context>
<context>
    <name>nb::ui::BatchCheckDialog</name>
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
    <message>
        <source>批量检查已发布的报告</source>
        <translation>批量检查已发布的报告</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>文件</translation>
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
        <source>未能读取的单元格</source>
        <translation>未能读取的单元格</translation>
    </message>
    <message>
        <source>保存审查报告…</source>
        <translation>保存审查报告…</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>检查了 %1 个文件：有错误的 %2 个，只有警告的 %3 个，无法读取的 %4 个。选中一行可看到各条问题及其引用的原文。</source>
        <translation>检查了 %1 个文件：有错误的 %2 个，只有警告的 %3 个，无法读取的 %4 个。选中一行可看到各条问题及其引用的原文。</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>
原文：“%1”</source>
        <translation>
原文：“%1”</translation>
    </message>
    <message>
        <source>审查报告已保存：%1</source>
        <translation>审查报告已保存：%1</translation>
    </message>
    <message>
        <source>没有保存：%1</source>
        <translation>没有保存：%1</translation>
    </message>
    <message>
        <source>保存审查报告</source>
        <translation>保存审查报告</translation>
    </message>
    <message>
        <source>审查报告.html</source>
        <translation>审查报告.html</translation>
    </message>
    <message>
        <source>网页 (*.html);;表格 (*.csv)</source>
        <translation>网页 (*.html);;表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>nb::ui::BoardWindow</name>
    <message>
        <source>无法写入 %1：%2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>报送情况</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>全部机关</source>
        <translation>全部机关</translation>
    </message>
    <message>
        <source>机关(&amp;N)：</source>
        <translation>机关(&amp;N)：</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>筛选(&amp;F)：</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>打开报告(&amp;O)</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;C)…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>导出网页(&amp;H)…</source>
        <translation>导出网页(&amp;H)…</translation>
    </message>
    <message>
        <source>导出网页</source>
        <translation>导出网页</translation>
    </message>
    <message>
        <source>网页 (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;D)…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>（按“%1”筛选，显示 %2 个）</source>
        <translation>（按“%1”筛选，显示 %2 个）</translation>
    </message>
    <message>
        <source>%1 还没有 %2 年的报告。</source>
        <translation>%1 还没有 %2 年的报告。</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::CompareWindow</name>
    <message>
        <source>%1：共 %2 个单元格，其中 %3 个与上年不同；变化大的在前。</source>
        <translation>%1：共 %2 个单元格，其中 %3 个与上年不同；变化大的在前。</translation>
    </message>
    <message>
        <source>只显示有变化的单元格(&amp;C)</source>
        <translation>只显示有变化的单元格(&amp;C)</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>部分</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>与上年的相似度</source>
        <translation>与上年的相似度</translation>
    </message>
    <message>
        <source>不认识的文件类型“%1”：请用 .html、.pdf 或 .csv。</source>
        <translation>不认识的文件类型“%1”：请用 .html、.pdf 或 .csv。</translation>
    </message>
    <message>
        <source>导出对比</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>网页 (*.html);;PDF (*.pdf);;CSV 表格 (*.csv)</source>
        <translation>网页 (*.html);;PDF (*.pdf);;CSV 表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>nb::ui::ExplainDialog</name>
    <message>
        <source>查看构成：%1</source>
        <translation>查看构成：%1</translation>
    </message>
    <message>
        <source>%1
%2（%3）= %4</source>
        <translation>%1
%2（%3）= %4</translation>
    </message>
    <message>
        <source>机关</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>合计 %1（%n 个机关）</source>
        <translation>
            <numerusform>合计 %1（%n 个机关）</numerusform>
        </translation>
    </message>
    <message>
        <source>范围内的机关都有报告。</source>
        <translation>范围内的机关都有报告。</translation>
    </message>
    <message>
        <source>没有报告、未计入的机关（%1 个）：%2</source>
        <translation>没有报告、未计入的机关（%1 个）：%2</translation>
    </message>
    <message>
        <source>打开报告(&amp;O)</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>单击打开%1的报告，定位到此单元格</source>
        <translation>单击打开%1的报告，定位到此单元格</translation>
    </message>
    <message>
        <source>单击机关名称打开该机关的报告并定位到此单元格；也可用方向键选中后按 Enter。</source>
        <translation>单击机关名称打开该机关的报告并定位到此单元格；也可用方向键选中后按 Enter。</translation>
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
    <message>
        <source>规则说明</source>
        <translation>规则说明</translation>
    </message>
    <message>
        <source>这条规则的含义和例子（F1）</source>
        <translation>这条规则的含义和例子（F1）</translation>
    </message>
</context>
<context>
    <name>nb::ui::HistoryDialog</name>
    <message>
        <source>历史版本 — %1 %2年</source>
        <translation>历史版本 — %1 %2年</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>选择左侧的一个版本查看其内容。</source>
        <translation>选择左侧的一个版本查看其内容。</translation>
    </message>
    <message>
        <source>保存快照(&amp;S)…</source>
        <translation>保存快照(&amp;S)…</translation>
    </message>
    <message>
        <source>恢复此版本(&amp;R)…</source>
        <translation>恢复此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>请填写保存快照的原因。</source>
        <translation>请填写保存快照的原因。</translation>
    </message>
    <message>
        <source>请先选择要恢复的版本。</source>
        <translation>请先选择要恢复的版本。</translation>
    </message>
    <message>
        <source>保存快照</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <source>快照的原因（如“报送前”）：</source>
        <translation>快照的原因（如“报送前”）：</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>恢复历史版本</source>
        <translation>恢复历史版本</translation>
    </message>
    <message>
        <source>用 %1（%2）的版本替换当前内容？当前内容会先保存为快照。</source>
        <translation>用 %1（%2）的版本替换当前内容？当前内容会先保存为快照。</translation>
    </message>
</context>
<context>
    <name>nb::ui::ImportPreviewDialog</name>
    <message>
        <source>导入预览 — %1</source>
        <translation>导入预览 — %1</translation>
    </message>
    <message>
        <source>创建草稿</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>替换现有报告</source>
        <translation>替换现有报告</translation>
    </message>
    <message>
        <source>报告中没有找到机关名称，请填写</source>
        <translation>报告中没有找到机关名称，请填写</translation>
    </message>
    <message>
        <source>机关名称：</source>
        <translation>机关名称：</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>单元格</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>报告中印的</source>
        <translation>报告中印的</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>（未找到该行）</source>
        <translation>（未找到该行）</translation>
    </message>
    <message>
        <source>文字编码：%1</source>
        <translation>文字编码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n 个单元格印为空白、“—”或“/”，已留空（检查规则按 0 计）。</source>
        <translation>
            <numerusform>%n 个单元格印为空白、“—”或“/”，已留空（检查规则按 0 计）。</numerusform>
        </translation>
    </message>
    <message>
        <source>无法识别的单元格（%1）</source>
        <translation>无法识别的单元格（%1）</translation>
    </message>
    <message>
        <source>导入说明（%1）</source>
        <translation>导入说明（%1）</translation>
    </message>
    <message>
        <source>请填写机关名称后再导入。</source>
        <translation>请填写机关名称后再导入。</translation>
    </message>
    <message>
        <source>将新建%1 %2年的报告草稿。</source>
        <translation>将新建%1 %2年的报告草稿。</translation>
    </message>
    <message>
        <source>%1 %2年的报告已定稿，不能替换；如需替换，请先重新打开该报告。</source>
        <translation>%1 %2年的报告已定稿，不能替换；如需替换，请先重新打开该报告。</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在：替换前会把现有内容保存为快照，可在“历史版本”中恢复。</source>
        <translation>%1 %2年的报告已经存在：替换前会把现有内容保存为快照，可在“历史版本”中恢复。</translation>
    </message>
    <message>
        <source>没有导入：%1</source>
        <translation>没有导入：%1</translation>
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
        <source>其他（法律法规授权组织、公共企事业单位等）</source>
        <translation>其他（法律法规授权组织、公共企事业单位等）</translation>
    </message>
    <message>
        <source>机关类别：</source>
        <translation>机关类别：</translation>
    </message>
    <message>
        <source>从已发布的上年报告开始 — %1</source>
        <translation>从已发布的上年报告开始 — %1</translation>
    </message>
    <message>
        <source>保存%1年报告并开始%2年</source>
        <translation>保存%1年报告并开始%2年</translation>
    </message>
    <message>
        <source>替换%1年报告并开始%2年</source>
        <translation>替换%1年报告并开始%2年</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在，不会覆盖它：请取消，在欢迎页打开它；需要时用“报告 → 用上一年度报告重新结转”。</source>
        <translation>%1 %2年的报告已经存在，不会覆盖它：请取消，在欢迎页打开它；需要时用“报告 → 用上一年度报告重新结转”。</translation>
    </message>
    <message>
        <source>保存后据此新建%1年的报告：上年结转、现行有效件数和文字模板取自这份报告。</source>
        <translation>保存后据此新建%1年的报告：上年结转、现行有效件数和文字模板取自这份报告。</translation>
    </message>
    <message>
        <source>请填写机关名称后再继续。</source>
        <translation>请填写机关名称后再继续。</translation>
    </message>
    <message>
        <source>这是%1 %2年的报告，将保存为草稿。</source>
        <translation>这是%1 %2年的报告，将保存为草稿。</translation>
    </message>
    <message>
        <source>%1 %2年的报告已定稿，不能替换；可取消后在欢迎页选“从上一年度报告结转”。</source>
        <translation>%1 %2年的报告已定稿，不能替换；可取消后在欢迎页选“从上一年度报告结转”。</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在：替换前会把现有内容保存为快照。</source>
        <translation>%1 %2年的报告已经存在：替换前会把现有内容保存为快照。</translation>
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
        <source>已保存 %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
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
        <source>导出</source>
        <translation>导出</translation>
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
    <message>
        <source>导入已发布的报告(&amp;B)…</source>
        <translation>导入已发布的报告(&amp;B)…</translation>
    </message>
    <message>
        <source>页面设置(&amp;U)…</source>
        <translation>页面设置(&amp;U)…</translation>
    </message>
    <message>
        <source>历史版本(&amp;H)…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>重命名机关(&amp;M)…</source>
        <translation>重命名机关(&amp;M)…</translation>
    </message>
    <message>
        <source>已导入，但无法打开%1 %2年的报告。</source>
        <translation>已导入，但无法打开%1 %2年的报告。</translation>
    </message>
    <message>
        <source>已导入 %1：%2 %3年</source>
        <translation>已导入 %1：%2 %3年</translation>
    </message>
    <message>
        <source>导入已发布的报告</source>
        <translation>导入已发布的报告</translation>
    </message>
    <message>
        <source>已恢复历史版本；恢复前的内容已保存为快照。</source>
        <translation>已恢复历史版本；恢复前的内容已保存为快照。</translation>
    </message>
    <message>
        <source>机关名称不能为空。</source>
        <translation>机关名称不能为空。</translation>
    </message>
    <message>
        <source>机关“%1”已改名为“%2”，各年度的报告都已保留。</source>
        <translation>机关“%1”已改名为“%2”，各年度的报告都已保留。</translation>
    </message>
    <message>
        <source>重命名机关</source>
        <translation>重命名机关</translation>
    </message>
    <message>
        <source>“%1”的新名称（各年度的报告都会保留）：</source>
        <translation>“%1”的新名称（各年度的报告都会保留）：</translation>
    </message>
    <message>
        <source>版式(&amp;L)</source>
        <translation>版式(&amp;L)</translation>
    </message>
    <message>
        <source>正式版式</source>
        <translation>正式版式</translation>
    </message>
    <message>
        <source>公文格式（GB/T 9704）</source>
        <translation>公文格式（GB/T 9704）</translation>
    </message>
    <message>
        <source>关闭报告</source>
        <translation>关闭报告</translation>
    </message>
    <message>
        <source>最近的修改没能保存，报告保持打开，修改仍在窗口中，问题解决后会自动保存：%1</source>
        <translation>最近的修改没能保存，报告保持打开，修改仍在窗口中，问题解决后会自动保存：%1</translation>
    </message>
    <message>
        <source>打开报告</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>有冲突，未保存</source>
        <translation>有冲突，未保存</translation>
    </message>
    <message>
        <source>立即重试</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>比较两个版本…</source>
        <translation>比较两个版本…</translation>
    </message>
    <message>
        <source>修改没能保存到数据库，仍保留在窗口中，问题解决后会自动保存（也可以点“立即重试”）。原因：%1</source>
        <translation>修改没能保存到数据库，仍保留在窗口中，问题解决后会自动保存（也可以点“立即重试”）。原因：%1</translation>
    </message>
    <message>
        <source>有文字部分在别处被修改，与这里尚未保存的修改冲突，这些部分暂不保存。请比较两个版本后选择。</source>
        <translation>有文字部分在别处被修改，与这里尚未保存的修改冲突，这些部分暂不保存。请比较两个版本后选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n 个单元格</source>
        <translation>
            <numerusform>%n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>另一个窗口或程序修改了%1，已显示最新内容。</source>
        <translation>另一个窗口或程序修改了%1，已显示最新内容。</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>最近的修改没能保存到数据库：%1

不退出，修改会继续保留在窗口中，问题解决后自动保存。</source>
        <translation>最近的修改没能保存到数据库：%1

不退出，修改会继续保留在窗口中，问题解决后自动保存。</translation>
    </message>
    <message>
        <source>不退出</source>
        <translation>不退出</translation>
    </message>
    <message>
        <source>另存为报告包后退出…</source>
        <translation>另存为报告包后退出…</translation>
    </message>
    <message>
        <source>放弃这些修改并退出</source>
        <translation>放弃这些修改并退出</translation>
    </message>
    <message>
        <source>另存为报告包</source>
        <translation>另存为报告包</translation>
    </message>
    <message>
        <source>报告包 (*.nianbao.json)</source>
        <translation>报告包 (*.nianbao.json)</translation>
    </message>
    <message>
        <source>新窗口(&amp;W)</source>
        <translation>新窗口(&amp;W)</translation>
    </message>
    <message>
        <source>批量检查已发布的报告(&amp;K)…</source>
        <translation>批量检查已发布的报告(&amp;K)…</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>下一部分(&amp;N)</source>
        <translation>下一部分(&amp;N)</translation>
    </message>
    <message>
        <source>上一部分(&amp;P)</source>
        <translation>上一部分(&amp;P)</translation>
    </message>
    <message>
        <source>撤销定稿(&amp;O)…</source>
        <translation>撤销定稿(&amp;O)…</translation>
    </message>
    <message>
        <source>把%1定稿？</source>
        <translation>把%1定稿？</translation>
    </message>
    <message>
        <source>定稿后报告只能查看、打印和导出：数字、文字、批注和报告信息都不能再修改，撤销记录清空，并保存一份定稿快照。如需修改，要先“撤销定稿”并填写原因，原因记入日志。</source>
        <translation>定稿后报告只能查看、打印和导出：数字、文字、批注和报告信息都不能再修改，撤销记录清空，并保存一份定稿快照。如需修改，要先“撤销定稿”并填写原因，原因记入日志。</translation>
    </message>
    <message>
        <source>撤销定稿</source>
        <translation>撤销定稿</translation>
    </message>
    <message>
        <source>撤销定稿、重新修改报告的原因（将记入日志）：</source>
        <translation>撤销定稿、重新修改报告的原因（将记入日志）：</translation>
    </message>
    <message>
        <source>不认识的文件类型“%1”：请选择 PDF 文件（.pdf）、网页文字（.txt）、网页（.html、.htm）或报告包（.nianbao.json）。</source>
        <translation>不认识的文件类型“%1”：请选择 PDF 文件（.pdf）、网页文字（.txt）、网页（.html、.htm）或报告包（.nianbao.json）。</translation>
    </message>
    <message>
        <source>已发布的报告 (*.pdf *.txt *.html *.htm *.nianbao.json);;PDF 文件 (*.pdf);;网页文字 (*.txt);;网页 (*.html *.htm);;报告包 (*.nianbao.json);;所有文件 (*)</source>
        <translation>已发布的报告 (*.pdf *.txt *.html *.htm *.nianbao.json);;PDF 文件 (*.pdf);;网页文字 (*.txt);;网页 (*.html *.htm);;报告包 (*.nianbao.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>批量检查已发布的报告</source>
        <translation>批量检查已发布的报告</translation>
    </message>
    <message>
        <source>报告 (*.pdf *.txt *.html *.htm *.nianbao.json);;所有文件 (*)</source>
        <translation>报告 (*.pdf *.txt *.html *.htm *.nianbao.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>机关已改名，但无法打开%1 %2年的报告。</source>
        <translation>机关已改名，但无法打开%1 %2年的报告。</translation>
    </message>
    <message>
        <source>使用说明(&amp;M)</source>
        <translation>使用说明(&amp;M)</translation>
    </message>
    <message>
        <source>键盘快捷键(&amp;K)</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>从已发布的上年报告开始</source>
        <translation>从已发布的上年报告开始</translation>
    </message>
    <message>
        <source>选择%1 %2年已发布的报告</source>
        <translation>选择%1 %2年已发布的报告</translation>
    </message>
    <message>
        <source>已发布的报告 (*.pdf *.txt *.html *.htm);;PDF 文件 (*.pdf);;网页文字 (*.txt);;网页 (*.html *.htm);;所有文件 (*)</source>
        <translation>已发布的报告 (*.pdf *.txt *.html *.htm);;PDF 文件 (*.pdf);;网页文字 (*.txt);;网页 (*.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 %2年的报告已经存在，没有改动任何内容。</source>
        <translation>%1 %2年的报告已经存在，没有改动任何内容。</translation>
    </message>
    <message>
        <source>已保存%1年的报告，但没能据此新建%2年的报告：%3</source>
        <translation>已保存%1年的报告，但没能据此新建%2年的报告：%3</translation>
    </message>
    <message>
        <source>已新建%1 %2年的报告，但无法打开。</source>
        <translation>已新建%1 %2年的报告，但无法打开。</translation>
    </message>
    <message>
        <source>已保存%1年的报告（导入自 %2），并据此新建%3年的报告：上年结转已填入，文字为待修改的模板。</source>
        <translation>已保存%1年的报告（导入自 %2），并据此新建%3年的报告：上年结转已填入，文字为待修改的模板。</translation>
    </message>
    <message>
        <source>服务器：已连接</source>
        <translation>服务器：已连接</translation>
    </message>
    <message numerus="yes">
        <source>服务器：正在上传 %n 项修改</source>
        <translation>
            <numerusform>服务器：正在上传 %n 项修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>服务器：连不上，%n 项修改暂存本机</source>
        <translation>
            <numerusform>服务器：连不上，%n 项修改暂存本机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>连不上数据库服务器（%1）。可以继续填写：修改先保存在本机（%n 项），连上后按顺序自动上传。定稿、报送等操作要等连上以后。</source>
        <translation>
            <numerusform>连不上数据库服务器（%1）。可以继续填写：修改先保存在本机（%n 项），连上后按顺序自动上传。定稿、报送等操作要等连上以后。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>有 %n 项离线时的修改被服务器拒绝，仍保存在本机，没有丢失。最近一次的原因：%1</source>
        <translation>
            <numerusform>有 %n 项离线时的修改被服务器拒绝，仍保存在本机，没有丢失。最近一次的原因：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>这个窗口不能打开别的数据库。</source>
        <translation>这个窗口不能打开别的数据库。</translation>
    </message>
    <message>
        <source>打开数据库(&amp;D)…</source>
        <translation>打开数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>汇总(&amp;C)</source>
        <translation>汇总(&amp;C)</translation>
    </message>
    <message>
        <source>机关管理(&amp;A)…</source>
        <translation>机关管理(&amp;A)…</translation>
    </message>
    <message>
        <source>报送情况(&amp;B)…</source>
        <translation>报送情况(&amp;B)…</translation>
    </message>
    <message>
        <source>报送(&amp;S)…</source>
        <translation>报送(&amp;S)…</translation>
    </message>
    <message>
        <source>退回(&amp;T)…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <source>（%1，%2）</source>
        <translation>（%1，%2）</translation>
    </message>
    <message>
        <source>上级机关退回了这份报告%1，理由：%2
请修改后重新定稿并报送；重新定稿后这条提示不再显示。</source>
        <translation>上级机关退回了这份报告%1，理由：%2
请修改后重新定稿并报送；重新定稿后这条提示不再显示。</translation>
    </message>
    <message>
        <source>%1 %2年的报告还没有定稿，不能报送：请先用“报告 → 定稿”定稿，再报送。</source>
        <translation>%1 %2年的报告还没有定稿，不能报送：请先用“报告 → 定稿”定稿，再报送。</translation>
    </message>
    <message>
        <source>%1 %2年的报告已报送。</source>
        <translation>%1 %2年的报告已报送。</translation>
    </message>
    <message>
        <source>退回报告需要填写理由。</source>
        <translation>退回报告需要填写理由。</translation>
    </message>
    <message>
        <source>报告已退回，理由已记入日志。</source>
        <translation>报告已退回，理由已记入日志。</translation>
    </message>
    <message>
        <source>报送</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>把%1 %2年的报告报送上级机关？</source>
        <translation>把%1 %2年的报告报送上级机关？</translation>
    </message>
    <message>
        <source>报送后本机关不能再撤销定稿；如需修改，要由上级机关退回。报送记入日志。</source>
        <translation>报送后本机关不能再撤销定稿；如需修改，要由上级机关退回。报送记入日志。</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>退回%1 %2年报告的理由（必填，报告上会显示，并记入日志）：</source>
        <translation>退回%1 %2年报告的理由（必填，报告上会显示，并记入日志）：</translation>
    </message>
    <message>
        <source>汇总(&amp;G)…</source>
        <translation>汇总(&amp;G)…</translation>
    </message>
    <message>
        <source>对比上年(&amp;P)…</source>
        <translation>对比上年(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 没有 %2 年的报告，无从对比。</source>
        <translation>%1 没有 %2 年的报告，无从对比。</translation>
    </message>
</context>
<context>
    <name>nb::ui::ManualWindow</name>
    <message>
        <source>使用说明 — 年报</source>
        <translation>使用说明 — 年报</translation>
    </message>
    <message>
        <source>搜索说明，例如 R3-BALANCE、结转、备份</source>
        <translation>搜索说明，例如 R3-BALANCE、结转、备份</translation>
    </message>
    <message>
        <source>后退</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>后退（%1）</source>
        <translation>后退（%1）</translation>
    </message>
    <message>
        <source>前进</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>前进（%1）</source>
        <translation>前进（%1）</translation>
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
    <message>
        <source>其他（法律法规授权组织、公共企事业单位等）</source>
        <translation>其他（法律法规授权组织、公共企事业单位等）</translation>
    </message>
</context>
<context>
    <name>nb::ui::OpenDatabaseDialog</name>
    <message>
        <source>尽量加密（服务器支持时）</source>
        <translation>尽量加密（服务器支持时）</translation>
    </message>
    <message>
        <source>不加密（仅限本机或可信网络）</source>
        <translation>不加密（仅限本机或可信网络）</translation>
    </message>
    <message>
        <source>必须加密，不核对服务器证书</source>
        <translation>必须加密，不核对服务器证书</translation>
    </message>
    <message>
        <source>必须加密并核对服务器证书（推荐）</source>
        <translation>必须加密并核对服务器证书（推荐）</translation>
    </message>
    <message>
        <source>本机文件 %1</source>
        <translation>本机文件 %1</translation>
    </message>
    <message>
        <source>服务器（服务名 %1）</source>
        <translation>服务器（服务名 %1）</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>服务器 %1 上的 %2</source>
        <translation>服务器 %1 上的 %2</translation>
    </message>
    <message>
        <source>服务器 %1 上的 %2（用户 %3）</source>
        <translation>服务器 %1 上的 %2（用户 %3）</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>本机的数据库文件</source>
        <translation>本机的数据库文件</translation>
    </message>
    <message>
        <source>数据库服务器</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>选择或新建数据库文件</source>
        <translation>选择或新建数据库文件</translation>
    </message>
    <message>
        <source>年报数据库 (*.sqlite3);;所有文件 (*)</source>
        <translation>年报数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>一台电脑自己用：报告保存在这个文件里。文件不存在时新建。</source>
        <translation>一台电脑自己用：报告保存在这个文件里。文件不存在时新建。</translation>
    </message>
    <message>
        <source>如 db.example.gov.cn；空着为本机</source>
        <translation>如 db.example.gov.cn；空着为本机</translation>
    </message>
    <message>
        <source>空着为本机登录名</source>
        <translation>空着为本机登录名</translation>
    </message>
    <message>
        <source>填写后以服务文件中的设置为准</source>
        <translation>填写后以服务文件中的设置为准</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>服务器：</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>端口：</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>用户：</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>加密：</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>或服务名：</source>
        <translation>或服务名：</translation>
    </message>
    <message>
        <source>全机关共用一个数据库：每人用自己的用户登录，服务器按权限决定能看、能改哪些报告。密码只在本次使用，不会保存；要免去每次输入，可以写在 ~/.pgpass 或服务文件中。</source>
        <translation>全机关共用一个数据库：每人用自己的用户登录，服务器按权限决定能看、能改哪些报告。密码只在本次使用，不会保存；要免去每次输入，可以写在 ~/.pgpass 或服务文件中。</translation>
    </message>
    <message>
        <source>请选择数据库文件。</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>请填写数据库名或服务名。</source>
        <translation>请填写数据库名或服务名。</translation>
    </message>
    <message>
        <source>地址中不能写密码（它会随地址被记住）。请去掉密码：连接时程序会询问，也可以放在 ~/.pgpass 文件中。</source>
        <translation>地址中不能写密码（它会随地址被记住）。请去掉密码：连接时程序会询问，也可以放在 ~/.pgpass 文件中。</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportEditor</name>
    <message>
        <source>报告信息</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>最近的修改没能保存：%1</source>
        <translation>最近的修改没能保存：%1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportPreview</name>
    <message>
        <source>文字部分</source>
        <translation>文字部分</translation>
    </message>
    <message>
        <source>未命名机关</source>
        <translation>未命名机关</translation>
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
    <message>
        <source>批注：%1</source>
        <translation>批注：%1</translation>
    </message>
</context>
<context>
    <name>nb::ui::ReportTableView</name>
    <message>
        <source>已粘贴 %1 行 %2 列</source>
        <translation>已粘贴 %1 行 %2 列</translation>
    </message>
    <message>
        <source>编辑批注(&amp;N)…</source>
        <translation>编辑批注(&amp;N)…</translation>
    </message>
    <message>
        <source>添加批注(&amp;N)…</source>
        <translation>添加批注(&amp;N)…</translation>
    </message>
    <message>
        <source>删除批注(&amp;D)</source>
        <translation>删除批注(&amp;D)</translation>
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
        <source>只能给填写的单元格加批注。</source>
        <translation>只能给填写的单元格加批注。</translation>
    </message>
    <message>
        <source>单元格批注</source>
        <translation>单元格批注</translation>
    </message>
    <message>
        <source>%1
批注随数字一起印在报告里（如“含自然失效29件”）；清空即删除：</source>
        <translation>%1
批注随数字一起印在报告里（如“含自然失效29件”）；清空即删除：</translation>
    </message>
    <message>
        <source>请先选择要填写的单元格。</source>
        <translation>请先选择要填写的单元格。</translation>
    </message>
    <message>
        <source>这个单元格不能填写。</source>
        <translation>这个单元格不能填写。</translation>
    </message>
</context>
<context>
    <name>nb::ui::ShortcutsDialog</name>
    <message>
        <source>键盘快捷键</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>命令</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>按键</translation>
    </message>
    <message>
        <source> 或 </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>表格和文字中</source>
        <translation>表格和文字中</translation>
    </message>
</context>
<context>
    <name>nb::ui::TablePage</name>
    <message>
        <source>注：%1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>这是本页最后一个填写的单元格。按 Ctrl+PageDown 转到下一部分。</source>
        <translation>这是本页最后一个填写的单元格。按 Ctrl+PageDown 转到下一部分。</translation>
    </message>
    <message>
        <source>这是本页第一个填写的单元格。按 Ctrl+PageUp 转到上一部分。</source>
        <translation>这是本页第一个填写的单元格。按 Ctrl+PageUp 转到上一部分。</translation>
    </message>
</context>
<context>
    <name>nb::ui::TextConflictDialog</name>
    <message>
        <source>“%1”在别处被修改</source>
        <translation>“%1”在别处被修改</translation>
    </message>
    <message>
        <source>打开报告之后，另一个窗口或程序保存了“%1”的另一个版本，而这里的修改还没有保存。为了不覆盖任何一方的内容，请选择保留哪个版本，或在下方合并后保存。</source>
        <translation>打开报告之后，另一个窗口或程序保存了“%1”的另一个版本，而这里的修改还没有保存。为了不覆盖任何一方的内容，请选择保留哪个版本，或在下方合并后保存。</translation>
    </message>
    <message>
        <source>这里的版本（尚未保存）</source>
        <translation>这里的版本（尚未保存）</translation>
    </message>
    <message>
        <source>别处保存的版本</source>
        <translation>别处保存的版本</translation>
    </message>
    <message>
        <source>合并结果（可在此编辑，从两边复制需要的内容）</source>
        <translation>合并结果（可在此编辑，从两边复制需要的内容）</translation>
    </message>
    <message>
        <source>保留这里的版本</source>
        <translation>保留这里的版本</translation>
    </message>
    <message>
        <source>采用别处的版本</source>
        <translation>采用别处的版本</translation>
    </message>
    <message>
        <source>保存合并结果</source>
        <translation>保存合并结果</translation>
    </message>
    <message>
        <source>稍后决定</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>报告已经关闭。</source>
        <translation>报告已经关闭。</translation>
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
    <message>
        <source>其余已核对，标为已修订</source>
        <translation>其余已核对，标为已修订</translation>
    </message>
    <message>
        <source>本部分的文字已按本年度情况修改，标出的数字确实与上年相同</source>
        <translation>本部分的文字已按本年度情况修改，标出的数字确实与上年相同</translation>
    </message>
    <message>
        <source>本部分文字来自上一年度（%1年）报告，是本年的模板，请按本年度的情况修改；开始修改后此提示消失。</source>
        <translation>本部分文字来自上一年度（%1年）报告，是本年的模板，请按本年度的情况修改；开始修改后此提示消失。</translation>
    </message>
    <message>
        <source>本部分文字来自上一年度（%1年）报告，是本年的模板。标黄的 %2 处数字和日期仍是上年的，请改为本年度的情况；全部改完后此提示消失。</source>
        <translation>本部分文字来自上一年度（%1年）报告，是本年的模板。标黄的 %2 处数字和日期仍是上年的，请改为本年度的情况；全部改完后此提示消失。</translation>
    </message>
    <message>
        <source>规则说明</source>
        <translation>规则说明</translation>
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
    <message>
        <source>其他（法律法规授权组织、公共企事业单位等）</source>
        <translation>其他（法律法规授权组织、公共企事业单位等）</translation>
    </message>
    <message>
        <source>从已发布的上年报告开始（PDF、网页或网页文字：先导入上年报告，再结转）</source>
        <translation>从已发布的上年报告开始（PDF、网页或网页文字：先导入上年报告，再结转）</translation>
    </message>
    <message>
        <source>数据库中没有“%1”%2年的报告；如有已发布的上年报告，可选下面一项。</source>
        <translation>数据库中没有“%1”%2年的报告；如有已发布的上年报告，可选下面一项。</translation>
    </message>
    <message>
        <source>选择上年报告文件…</source>
        <translation>选择上年报告文件…</translation>
    </message>
</context>
</TS>
