#!/usr/bin/env python3
"""Writes the published-report fixtures of the importer tests (tests/interchange).

Each fixture is a made-up report of 示范市人民政府 printed the way agencies
publish it (web copy with | tables, pdftotext -layout text, HTML, GBK HTML),
plus one per label variant of the contract's §6 and one per structure/text
finding. manifest.json lists, for every fixture, every cell's expected value,
the cells expected blank or unreadable, the notes expected and the exact set of
findings. Run from anywhere: python3 make_fixtures.py (writes next to itself).
"""
import copy, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
DEF = json.load(open(os.path.join(HERE, '../../../resources/definitions/annual-report-2021.json'), encoding='utf-8'))

AGENCY, YEAR = '示范市人民政府', 2023
REQ_COLS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org']
REQ_ROWS = [r['key'] for r in DEF['sections'][2]['tables'][0]['rows']]
RESULT_ROWS = [k for k in REQ_ROWS if k.startswith('requests.result.') and k != 'requests.result.total']
APPEAL_GROUPS = ['review', 'suit_direct', 'suit_after_review']
APPEAL_COLS = ['upheld', 'corrected', 'other', 'pending']


def base_cells():
    """Every cell non-zero and (almost) every figure different, so a shifted column or row shows."""
    c = {}
    c.update({'active.regulations.issued': 2, 'active.regulations.repealed': 1, 'active.regulations.in_force': 37,
              'active.normative_documents.issued': 14, 'active.normative_documents.repealed': 6,
              'active.normative_documents.in_force': 215, 'active.licensing.decisions': 5231,
              'active.penalty.decisions': 842, 'active.coercion.decisions': 97, 'active.fees.amount': '4166.241619'})
    n = 1
    for i, row in enumerate(RESULT_ROWS):
        for j, col in enumerate(REQ_COLS):
            c[f'{row}.{col}'] = (i * 7 + j * 3) % 23 + 1 + (30 if col == 'natural' else 0)
    for j, col in enumerate(REQ_COLS):
        done = sum(c[f'{r}.{col}'] for r in RESULT_ROWS)
        c[f'requests.carried_in.{col}'] = j + 1
        c[f'requests.carried_out.{col}'] = j + 2
        c[f'requests.new.{col}'] = done + (j + 2) - (j + 1)
        c[f'requests.result.total.{col}'] = done
    for row in REQ_ROWS:
        c[f'{row}.total'] = sum(c[f'{row}.{col}'] for col in REQ_COLS)
    for g, group in enumerate(APPEAL_GROUPS):
        for k, col in enumerate(APPEAL_COLS):
            c[f'appeals.{group}.{col}'] = g * 4 + k + 1
        c[f'appeals.{group}.total'] = sum(c[f'appeals.{group}.{col}'] for col in APPEAL_COLS)
    return c


def total(c, row):
    return c[f'{row}.total']


def texts(c):
    grp = lambda prefix: sum(total(c, r) for r in RESULT_ROWS if r.startswith(prefix))
    d, p = total(c, 'requests.result.disclosed'), total(c, 'requests.result.partial')
    lit = c['appeals.suit_direct.total'] + c['appeals.suit_after_review.total']
    overview = [
        f'{YEAR}年，{AGENCY}深入贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实做好政府信息公开工作。',
        f'（一）主动公开。全年制发规章{c["active.regulations.issued"]}件、行政规范性文件{c["active.normative_documents.issued"]}件，另印发政策性文件9件，均在政府门户网站公开。',
        f'（二）依申请公开。全年共收到政府信息公开申请{total(c, "requests.new")}件，上年结转{total(c, "requests.carried_in")}件，'
        f'含上年结转共受理申请{total(c, "requests.new") + total(c, "requests.carried_in")}件；办结{total(c, "requests.result.total")}件，'
        f'其中予以公开{d}件，部分公开{p}件，予以公开及部分公开{d + p}件，不予公开{grp("requests.result.withheld")}件，'
        f'无法提供{grp("requests.result.unavailable")}件，不予处理{grp("requests.result.not_processed")}件，其他处理{grp("requests.result.other")}件；'
        f'结转下年度继续办理{total(c, "requests.carried_out")}件，均已顺延至下一年度办理。',
        '（三）政府信息管理。健全信息发布审查机制，动态更新政策文件库。',
        '（四）政府信息公开平台建设。优化政府门户网站政策专栏，提升检索功能。',
        f'（五）监督保障。将政务公开纳入绩效考核，开展社会评议，全年未发生责任追究情况。本年度因政府信息公开被申请行政复议{c["appeals.review.total"]}件，提起行政诉讼{lit}件。',
    ]
    problems = ['一是政策解读形式较单一，图解、视频解读占比不高；二是基层政务公开标准化建设不够均衡。',
                '下一步将丰富解读形式，加强对区县的业务指导。']
    other = ['本年度未发出信息处理费收费通知，未收取信息处理费。']
    return {'overview': overview, 'problems': problems, 'other': other}


HEADINGS = [s['heading'] for s in DEF['sections']]
ACTIVE = DEF['sections'][1]['tables']
REQ = DEF['sections'][2]['tables'][0]
PREFACE = [f'本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为{YEAR}年1月1日至{YEAR}年12月31日。',
           '本报告电子版可在示范市人民政府门户网站查阅。如对本报告有任何疑问，请联系：示范市人民政府办公室（电话：0000-1234567）。']


def fmt(v):
    return '' if v is None else str(v)


def stub_cells(row):
    """The row's stub as the web copy prints it: the group label only on the group's first row."""
    return [s['text'] for s in row.get('stub', [])] or [row['label']]


# ---------------------------------------------------------------- web copy (| tables)
def web(c, t, opts):
    hw = lambda s: s.replace('（', '(').replace('）', ')').replace('：', ':') if opts.get('halfwidth', True) else s
    label = opts.get('label', lambda key, text: text)
    headings = list(opts.get('headings', HEADINGS))
    out = opts.get('title_lines', [f'{AGENCY}{YEAR}年政府信息公开工作年度报告']) + opts.get('preface', PREFACE)
    order = opts.get('order', range(6))
    for si in order:
        if si in opts.get('drop_sections', ()):
            continue
        out.append(headings[si])
        if si in (0, 4, 5):
            out += t[['overview', None, None, None, 'problems', 'other'][si]]
        elif si == 1:
            out += opts.get('active_lines') or web_active(c, hw, label, opts)
        elif si == 2:
            out += web_requests(c, hw, label, opts)
        elif si == 3:
            out += web_appeals(c, opts)
    out += opts.get('signature', [])
    out.append('相关附件:')
    return '\n'.join(out) + '\n'


def value(c, key, opts):
    if key in opts.get('blank', ()):
        return ''
    v = fmt(c.get(key))
    return v + opts.get('remarks', {}).get(key, '')


def web_active(c, hw, label, opts):
    out = []
    for t in ACTIVE:
        out.append(hw(t['caption']) + ' |' + ' |' * (len(t['columns']) - 1) + '|')
        out.append(' | '.join(['信息内容'] + [hw(label(col['key'], col['label'])) for col in t['columns']]) + ' |')
        for r in t['rows']:
            out.append(' | '.join([label(r['key'], r['label'])] + [value(c, f"{r['key']}.{col['key']}", opts) for col in t['columns']]) + ' |')
    return out


def web_requests(c, hw, label, opts):
    out = [hw(REQ['header'][0]['text']) + ' | 申请人情况 | ||||||||',
           '自然人 | 法人或其他组织 | 总计 | |||||||',
           '商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||']
    for r in REQ['rows']:
        if r['key'] in opts.get('drop_rows', ()):
            continue
        stub = [hw(label(r['key'], s)) for s in stub_cells(r)]
        vals = [value(c, f"{r['key']}.{col}", opts) for col in REQ_COLS + ['total']]
        out.append(' | '.join(stub + vals) + ' |' + ' |' * (3 - len(stub)))
    out += opts.get('extra_request_lines', [])
    return out


def web_appeals(c, opts):
    cols = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    return ['行政复议 | 行政诉讼 | |||||||||||||',
            ' | '.join(cols + ['未经复议直接起诉', '复议后起诉']) + ' | ||||||||',
            ' | '.join(cols + cols) + ' | |||||',
            ' | '.join(value(c, f'appeals.{g}.{k}', opts) for g in APPEAL_GROUPS for k in APPEAL_COLS + ['total']) + ' |']


# ---------------------------------------------------------------- pdftotext -layout
def pad(s, width):
    """pdftotext -layout aligns by character count, whatever a character's printed width."""
    return s + ' ' * max(1, width - len(s))


# The header of 三 as PDF-to-text tools scramble it: the vertical column labels come out
# bottom line first, so no label reads in order (自然人 as 人…然…自); the rows stay intact.
SCRAMBLED_HEADER = ['                                             人    业   构   织   构   他    计',
                    '（本列数据的勾稽关系为：第一项加第二项之和，     然    企   机   组   机   其    总',
                    '等于第三项加第四项之和）                        自    商   研   益   务',
                    '                                                         科   公   服',
                    '                                    申请人情况                社   法',
                    '                                                    织组他其或人法   会   律', '']


def pdf(c, t, blank=(), title_lines=None, signature=(), header3=None):
    shown = lambda key: '' if key in blank else fmt(c[key])
    nums = lambda c, row, cols: ''.join(f'{shown(f"{row}.{col}"):>7}' for col in cols)
    out = (title_lines or [f'            {AGENCY}{YEAR}年政府信息公开工作年度报告']) + ['']
    out += PREFACE
    out += ['', HEADINGS[0]]
    out += [wrap_line for p in t['overview'] for wrap_line in wrap(p)]
    out += ['', HEADINGS[1]]
    for tb in ACTIVE:
        out.append(pad('', 20) + tb['caption'])
        out.append(pad('信息内容', 24) + ''.join(pad(col['label'], 18) for col in tb['columns']))
        for r in tb['rows']:
            out.append(pad('  ' + r['label'], 28) + ''.join(pad(shown(f"{r['key']}.{col['key']}"), 18) for col in tb['columns']))
        out.append('')
    out += ['                                           -2-', '', HEADINGS[2]]
    out += header3 or ['                                                              申请人情况',
            '                                                         法人或其他组织',
            '（本列数据的勾稽关系为：第一项加第二项之和， 等',
            '于第三项加第四项之和）',
            '                                             自然人         社会 法律                总计',
            '                                                   商业 科研',
            '                                                         公益 服务 其他',
            '                                                   企业 机构',
            '                                                         组织 机构', '']
    cols = REQ_COLS + ['total']
    L = lambda text, row, ind=2: pad(' ' * ind + text, 60) + nums(c, row, cols)
    rows = {r['key']: r for r in REQ['rows']}
    leaf = lambda k: stub_cells(rows[k])[-1]
    out.append(L(leaf('requests.new'), 'requests.new', 0))
    out.append(L(leaf('requests.carried_in'), 'requests.carried_in', 0))
    out.append(L(leaf('requests.result.disclosed'), 'requests.result.disclosed', 18))
    # (二): the long label wraps, its numbers stand on a line of their own
    out += ['                  （二）部分公开（区分处理的，只计这一情 形，不', '                  计其他情形）',
            pad('', 60) + nums(c, 'requests.result.partial', cols)]
    withheld = [k for k in RESULT_ROWS if '.withheld.' in k]
    for i, k in enumerate(withheld):
        if i == 1:
            out.append(' 三 、本 年 度办 理 结果')
        prefix = '（三）不予公开  ' if i == 3 else ''
        out.append(L(prefix + leaf(k), k, 28 - len(prefix) * 2))
        if i == 4:
            out += ['', '                                                                        -3-', '']
    for k in [k for k in RESULT_ROWS if '.unavailable.' in k]:
        out.append(L(('（四）无法提供  ' if k.endswith('needs_creation') else '') + leaf(k), k, 20))
    for k in [k for k in RESULT_ROWS if '.not_processed.' in k]:
        out.append(L(('（五）不予处理  ' if k.endswith('publications') else '') + leaf(k), k, 20))
    # (六)1: numbers on the line of the label's first part; (六)2: on the line of its last part
    out.append(pad('                            1.申请人无正当理由逾期不补正、行政机关不再处', 60) + nums(c, 'requests.result.other.no_correction', cols))
    out.append('                            理其政府信息公开申请')
    out.append('                  （六）其他处理  2.申请人逾期未按收费通知要求缴纳费用、')
    out.append(pad('                            行政机关不再处理其政府信息公开申请', 60) + nums(c, 'requests.result.other.unpaid_fee', cols))
    out.append(L(leaf('requests.result.other.other'), 'requests.result.other.other', 28))
    out.append(L(leaf('requests.result.total'), 'requests.result.total', 18))
    out.append(L(leaf('requests.carried_out'), 'requests.carried_out', 0))
    out += ['', HEADINGS[3],
            '                                                   行政诉讼',
            '       行政复议',
            '                               未经复议直接起诉                复议后起诉',
            ' 结果 结果 其他 尚未 总     结果 结果 其他 尚未 总     结果 结果 其他 尚未 总',
            ' 维持 纠正 结果 审结 计     维持 纠正 结果 审结 计     维持 纠正 结果 审结 计',
            ''.join(f'{fmt(c[f"appeals.{g}.{k}"]):>5}' for g in APPEAL_GROUPS for k in APPEAL_COLS + ['total']),
            '', HEADINGS[4]]
    out += [w for p in t['problems'] for w in wrap(p)]
    out += ['', '                                           -4-', '', HEADINGS[5]]
    out += [w for p in t['other'] for w in wrap(p)]
    out += list(signature)
    return '\n'.join(out) + '\n'


def wrap(p, width=38):
    """PDF text wraps paragraphs at the line width, with an indented first line."""
    lines, first = [], True
    while p:
        n = width - (2 if first else 0)
        lines.append(('    ' if first else '') + p[:n])
        p, first = p[n:], False
    return lines


# ---------------------------------------------------------------- HTML
def html(c, t, charset='utf-8', opts=None):
    """The report as a saved web page. opts picks the markup a site or an editor produced:
    direct (figures directly in <td>), nbsp (figures padded with &nbsp;), br (<br> inside labels),
    word (Word's mso- styles, <o:p>, conditional comments), comments, script (scripts and styles
    inside the article and its cells), quoted (attributes holding '>'), nested (a two-column
    layout table and each data table inside another table), agency/year (other than the default),
    title_in (where the title is: body, title, meta, outside)."""
    opts = opts or {}
    agency, year = opts.get('agency', AGENCY), opts.get('year', YEAR)
    attr = ' title="汇总 > 明细" data-rule=\'a>b\'' if opts.get('quoted') else ''
    if opts.get('word'):
        td = lambda text, attrs='': (f"<td{attrs} width=60 valign=top style='width:45.0pt;border:solid windowtext 1.0pt;"
                                     f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                                     f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US "
                                     f"style='font-size:10.5pt;mso-bidi-font-family:宋体'>{text}<o:p></o:p></span></p></td>")
    elif opts.get('direct'):
        td = lambda text, attrs='': f'<td{attrs}{attr}>{text}</td>'
    else:
        td = lambda text, attrs='': f'<td{attrs}{attr} style="border:1px solid #000;width:60px"><p style="text-align:center"><span style="font-size:14px">{text}</span></p></td>'
    if opts.get('script'):
        inner = td
        td = lambda text, attrs='': inner(f'{text}<script>document.write("<td>7</td>")</script>', attrs)
    pads = ['&nbsp;{}', '{}&nbsp;&nbsp;', '&nbsp;{}&nbsp;', '&#160;{}']
    counter = [0]

    def shown(v):
        if not opts.get('nbsp'):
            return v
        counter[0] += 1
        return pads[counter[0] % len(pads)].format(v)
    num = lambda key: td(shown(fmt(c[key])) if c.get(key) is not None else '&nbsp;')
    br = (lambda s: s.replace('国家秘密', '国家<br>秘密').replace('本年新收', '本年<br/>新收').replace('行政规范性文件', '行政规范性<br />文件')) \
        if opts.get('br') else (lambda s: s)
    title = f'{agency}{year}年政府信息公开工作年度报告'
    body = [] if opts.get('title_in', 'body') != 'body' else [f'<p class="title" style="text-align:center"><strong>{title}</strong></p>']
    body += [f'<p>&nbsp;&nbsp;{p}</p>' for p in opts.get('preface', PREFACE)]
    if opts.get('comments'):
        body.append('<!-- 正文开始 <p>一、总体情况</p> <table><tr><td>99</td></tr></table> -->')
    if opts.get('script'):
        body.append('<style>td > p { margin: 0 } .x::before { content: "<td>5</td>" }</style>'
                    '<script type="text/javascript">if (a < b && c > d) { document.write("<p>二、主动公开政府信息情况</p>"); }</script>')
    body.append(f'<p><strong>{HEADINGS[0]}</strong></p>')
    body += [f'<p style="text-indent:2em">{p}</p>' for p in t['overview']]
    body.append(f'<p><strong>{HEADINGS[1]}</strong></p>')
    wrap_table = (lambda tb: f'<table width="100%"><tr><td>{tb}</td></tr></table>') if opts.get('nested') else (lambda tb: tb)
    for tb in ACTIVE:
        n = len(tb['columns']) + 1
        span = f' colspan="{n}"'
        rows = ['<tr>' + td(tb['caption'], span) + '</tr>',
                '<tr>' + td('信息内容') + ''.join(td(col['label']) for col in tb['columns']) + '</tr>']
        rows += ['<tr>' + td(br(r['label'])) + ''.join(num(f"{r['key']}.{col['key']}") for col in tb['columns']) + '</tr>' for r in tb['rows']]
        body.append(wrap_table('<table border="1" cellspacing="0"><tbody>' + ''.join(rows) + '</tbody></table>'))
    body.append(f'<p><strong>{HEADINGS[2]}</strong></p>')
    rows = ['<tr>' + td(REQ['header'][0]['text'], ' rowspan="3" colspan="3"') + td('申请人情况', ' colspan="7"') + '</tr>',
            '<tr>' + td('自然人', ' rowspan="2"') + td('法人或其他组织', ' colspan="5"') + td('总计', ' rowspan="2"') + '</tr>',
            '<tr>' + ''.join(td(x) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']) + '</tr>']
    if opts.get('comments'):
        rows.append('<!-- <tr><td>（一）予以公开</td><td>1</td><td>2</td></tr> -->')
    for r in REQ['rows']:
        cells = []
        for s in r.get('stub', []):
            attrs = (f' rowspan="{s["rowSpan"]}"' if s.get('rowSpan', 1) > 1 else '') + (f' colspan="{s["colSpan"]}"' if s.get('colSpan', 1) > 1 else '')
            cells.append(td(br(s['text'].replace('（二）部分公开（', '（二）部分公开<br/>（')), attrs))
        cells += [num(f"{r['key']}.{col}") for col in REQ_COLS + ['total']]
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    body.append(wrap_table('<div class="table-wrap"><table border="1" cellspacing="0" width="100%"><tbody>' + ''.join(rows) + '</tbody></table></div>'))
    body.append(f'<p><strong>{HEADINGS[3]}</strong></p>')
    cols = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    rows = ['<tr>' + td('行政复议', ' colspan="5" rowspan="2"') + td('行政诉讼', ' colspan="10"') + '</tr>',
            '<tr>' + td('未经复议直接起诉', ' colspan="5"') + td('复议后起诉', ' colspan="5"') + '</tr>',
            '<tr>' + ''.join(td(x) for x in cols * 3) + '</tr>',
            '<tr>' + ''.join(num(f'appeals.{g}.{k}') for g in APPEAL_GROUPS for k in APPEAL_COLS + ['total']) + '</tr>']
    body.append(wrap_table('<table border="1"><tbody>' + ''.join(rows) + '</tbody></table>'))
    body.append(f'<p><strong>{HEADINGS[4]}</strong></p>')
    body += [f'<p style="text-indent:2em">{p}</p>' for p in t['problems']]
    body.append(f'<p><strong>{HEADINGS[5]}</strong></p>')
    body += [f'<p style="text-indent:2em">{p}</p>' for p in t['other']]
    body += opts.get('signature', [])
    nav = ('<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>'
           '<ul class="menu"><li>机构概况</li><li>政策文件</li><li>政务公开</li></ul>')
    if opts.get('title_in') == 'outside':
        nav += f'<div class="article-head"><h1>{title}</h1><p>发布时间：{year + 1}-01-20　来源：{agency}</p></div>'
    footer = ('<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>'
              f'<div class="footer"><p>主办单位：{agency}办公室　网站标识码：0000000000</p><p>版权所有 &copy; {agency}</p></div>')
    head_title = opts.get('head_title', f'{title}_{agency}')
    meta = f'<meta name="ArticleTitle" content="{title}">' if opts.get('title_in') == 'meta' else ''
    if opts.get('word'):
        meta += ('<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->'
                 '<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style>')
    content = '\n'.join(body)
    if opts.get('word'):
        content = content.replace('<p style="text-indent:2em">', '<p class=MsoNormal style=\'text-indent:21.0pt;mso-char-indent-count:2.0\'><![if !supportLists]><![endif]>')
    if opts.get('nested'):
        layout = (f'{nav}<table class="layout" width="1000"><tr><td class="side" width="200"><ul><li>政府信息公开指南</li>'
                  '<li>政府信息公开制度</li><li>法定主动公开内容</li><li>政府信息公开年报</li></ul><p>联系我们</p><p>电话：0000-1234567</p></td>'
                  f'<td class="content">\n{content}\n</td></tr></table><!-- end of article -->{footer}')
    else:
        layout = f'{nav}<table class="layout" width="1000"><tr><td class="content">\n{content}\n</td></tr></table><!-- end of article -->{footer}'
    # The report sits in a cell of a layout table, as on many government sites.
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'<title>{head_title}</title>{meta}'
            '<style>td{font-size:14px}</style><script>var x = "<table><tr><td>1</td></tr></table>";</script></head>\n<body>'
            f'{layout}</body></html>\n')


# ---------------------------------------------------------------- fixtures and manifest
def entry(file, c, **kw):
    e = {'file': file, 'agency': AGENCY, 'year': YEAR, 'kind': 'government', 'cells': c,
         'blank': [], 'unreadable': [], 'notes': {}, 'findings': [], 'foreign': False}
    e.update(kw)
    return e


def write(name, text, encoding='utf-8'):
    with open(os.path.join(HERE, name), 'w', encoding=encoding, newline='\n') as f:
        f.write(text)


def main():
    c = base_cells()
    t = texts(c)
    manifest = []
    write('web-2023.txt', web(c, t, {}))
    manifest.append(entry('web-2023.txt', c, texts={k: v for k, v in t.items()}))
    write('pdf-2023.txt', pdf(c, t))
    manifest.append(entry('pdf-2023.txt', c))
    write('page-2023.html', html(c, t))
    manifest.append(entry('page-2023.html', c))
    write('page-gbk-2023.html', html(c, t, 'gb2312'), encoding='gb18030')
    manifest.append(entry('page-gbk-2023.html', c))
    # One page per kind of markup a site or an editor produces.
    for name, opts in [('direct', {'direct': True}), ('nbsp', {'nbsp': True}), ('br', {'br': True}), ('word', {'word': True}),
                       ('comments', {'comments': True}), ('script', {'script': True}), ('quoted', {'quoted': True, 'direct': True}),
                       ('nested', {'nested': True})]:
        write(f'html-{name}.html', html(c, t, opts=opts))
        manifest.append(entry(f'html-{name}.html', c))
    # GB18030 beyond GBK: a name and a sentence with characters that GBK does not have (four-byte sequences).
    rare = '示范市𠮷㐀区人民政府'
    rt = copy.deepcopy(t)
    rt['overview'] = [p.replace(AGENCY, rare) for p in rt['overview']]
    write('page-gb18030-2023.html', html(c, rt, 'gb18030', {'agency': rare}), encoding='gb18030')
    manifest.append(entry('page-gb18030-2023.html', c, agency=rare, findings=['R2-RULE-AUTHORITY']))  # a 区 makes no 规章

    # Title, agency and year wherever a published copy keeps them (contract §6).
    for name, opts in [('underscore', {'head_title': f'{AGENCY}{YEAR}年政府信息公开工作年度报告_示范市人民政府门户网站'}),
                       ('dash', {'head_title': f'{AGENCY}{YEAR}年政府信息公开工作年度报告 - 政府信息公开 - 示范市人民政府'}),
                       ('bar', {'head_title': f'{AGENCY}{YEAR}年政府信息公开工作年度报告|示范市人民政府'})]:
        write(f'title-head-{name}.html', html(c, t, opts=dict(opts, title_in='head')))
        manifest.append(entry(f'title-head-{name}.html', c, documentNotes=['网页标题']))
    write('title-meta.html', html(c, t, opts={'title_in': 'meta', 'head_title': '示范市人民政府'}))
    manifest.append(entry('title-meta.html', c, documentNotes=['标题元数据']))
    write('title-outside.html', html(c, t, opts={'title_in': 'outside', 'head_title': '政府信息公开_示范市人民政府'}))
    manifest.append(entry('title-outside.html', c))
    # PDF text: a title broken over two lines with spaces between figures and characters, the
    # agency abbreviated (示范市科委) and its full name in the signature at the end.
    sci = '示范市科学技术委员会'
    st = copy.deepcopy(t)
    st['overview'] = [p.replace(AGENCY, sci) for p in st['overview']]
    write('title-pdf-abbreviated.txt', pdf(c, st, title_lines=[f'          {YEAR} 年示范市科委政府信息公开工作', '                         年度报告'],
                                           signature=['', f'                                        {sci}', f'                                        {YEAR + 1}年1月20日']))
    manifest.append(entry('title-pdf-abbreviated.txt', c, agency=sci, kind='department', findings=['R2-RULE-AUTHORITY'],
                          documentNotes=['简称', '落款']))
    # No title and no statistics period: the signature names the agency and, by its date, the year.
    nop = ['本报告根据《中华人民共和国政府信息公开条例》编制。']
    write('title-signature.txt', web(c, t, {'title_lines': [], 'preface': nop,
                                            'signature': [AGENCY, f'二〇二四年一月二十日']}))
    manifest.append(entry('title-signature.txt', c, documentNotes=['落款']))

    # 三's header scrambled: every row adds up (总计 = the six columns) and is read in the 2021 order.
    write('quirk-scrambled-header.txt', pdf(c, t, header3=SCRAMBLED_HEADER))
    manifest.append(entry('quirk-scrambled-header.txt', c, documentNotes=['表头无法识别']))
    # The same with one row whose printed total does not add up: that row is never placed.
    bad_row = 'requests.result.withheld.third_party'
    sc = copy.deepcopy(c)
    sc[f'{bad_row}.total'] += 10
    write('quirk-scrambled-header-unverified.txt', pdf(sc, t, header3=SCRAMBLED_HEADER))
    manifest.append(entry('quirk-scrambled-header-unverified.txt', {k: v for k, v in c.items() if not k.startswith(bad_row + '.')},
                          unreadable=[f'{bad_row}.{col}' for col in REQ_COLS + ['total']],
                          # the row left blank: the stated (七) no longer adds up, and 不予公开 quoted in 一 differs
                          findings=['R3-RESULT-SUM', 'RT-RESULT'],
                          documentNotes=['表头无法识别', '1 行无法验证']))

    # One fixture per label variant of §6 (web copy with that variant only).
    def quirk(name, opts, **kw):
        write(name, web(c, t, opts))
        manifest.append(entry(name, kw.pop('cells', c), **kw))

    quirk('quirk-fullwidth.txt', {'halfwidth': False})
    quirk('quirk-existing-in-force.txt', {'label': lambda k, s: s.replace('现行有效件数', '现有有效件数')})
    quirk('quirk-normative-short.txt', {'label': lambda k, s: '规范性文件' if s == '行政规范性文件' else s})
    quirk('quirk-enumeration-comma.txt', {'label': lambda k, s: re.sub(r'^(\d)\.', r'\1、', s)})
    quirk('quirk-stray-spaces.txt', {'label': lambda k, s: s.replace('国家秘密', '国家秘 密').replace('重复申请', '重 复申请')
                                     .replace('行政许可', '行政 许可')})
    quirk('quirk-dropped-characters.txt', {'label': lambda k, s: s.replace('其他法律行政法规禁止公开', '其他法律行政止公开')
                                           .replace('没有现成信息需要另行制作', '没有现成信息需另行制作')})
    h = list(HEADINGS)
    h[3] = '四、因政府信息公开被申请行政复议、提起行政诉讼情况'
    h[4] = '五、政府信息公开工作存在的主要问题及改进情况'
    quirk('quirk-heading-variants.txt', {'headings': h})
    zc = copy.deepcopy(c)
    blank = ['requests.result.withheld.state_secret.research', 'appeals.suit_after_review.corrected']
    for k in blank:
        zc[k] = 0
    zc['requests.result.withheld.state_secret.total'] -= c['requests.result.withheld.state_secret.research']
    zc['requests.result.total.research'] -= c['requests.result.withheld.state_secret.research']
    zc['requests.result.total.total'] -= c['requests.result.withheld.state_secret.research']
    zc['requests.new.research'] -= c['requests.result.withheld.state_secret.research']
    zc['requests.new.total'] -= c['requests.result.withheld.state_secret.research']
    zc['appeals.suit_after_review.total'] -= c['appeals.suit_after_review.corrected']
    quirk('quirk-blank-zero.txt', {'blank': blank}, cells={k: v for k, v in zc.items() if k not in blank}, blank=blank,
          texts=texts(zc))
    write('quirk-blank-zero.txt', web(zc, texts(zc), {'blank': blank}))
    # PDF text drops blank cells altogether: the figures are placed by where they stand.
    pblank = ['requests.result.withheld.state_secret.research', 'active.regulations.repealed']
    pc = copy.deepcopy(zc)
    pc['appeals.suit_after_review.corrected'] = c['appeals.suit_after_review.corrected']
    pc['appeals.suit_after_review.total'] = c['appeals.suit_after_review.total']
    pc['active.regulations.repealed'] = 0
    write('quirk-pdf-blank-zero.txt', pdf(pc, texts(pc), blank=pblank))
    manifest.append(entry('quirk-pdf-blank-zero.txt', {k: v for k, v in pc.items() if k not in pblank}, blank=pblank))
    quirk('quirk-cell-remark.txt', {'remarks': {'active.normative_documents.issued': '（其中修订5件）',
                                                'active.normative_documents.in_force': '（含自然失效29件）'}},
          notes={'active.normative_documents.issued': '其中修订5件', 'active.normative_documents.in_force': '含自然失效29件'})

    # One fixture per structure finding.
    quirk('finding-rs-sections.txt', {'drop_sections': [4]}, findings=['RS-SECTIONS', 'RS-TEXT-EMPTY'])
    quirk('finding-rs-sections-order.txt', {'order': [0, 1, 2, 3, 5, 4]}, findings=['RS-SECTIONS'])
    c2019 = {k: v for k, v in c.items() if not k.startswith('requests.result.other.')}
    old6 = ' | '.join(['(六)其他处理'] + [fmt(sum(c[f'{r}.{col}'] for r in RESULT_ROWS if '.other.' in r)) for col in REQ_COLS + ['total']]) + ' | |'
    quirk('finding-rs-rows.txt', {'drop_rows': ['requests.result.other.no_correction', 'requests.result.other.unpaid_fee',
                                                'requests.result.other.other'], 'extra_request_lines': []},
          cells=c2019, findings=['RS-ROWS', 'R3-RESULT-SUM'], foreign=True,
          unreadable=[f'requests.result.other.{r}.{col}' for r in ['no_correction', 'unpaid_fee', 'other'] for col in REQ_COLS + ['total']])
    # put the 2019 single (六) row where the three rows were
    text = open(os.path.join(HERE, 'finding-rs-rows.txt'), encoding='utf-8').read()
    text = text.replace('(七)总计 |', old6 + '\n(七)总计 |', 1)
    write('finding-rs-rows.txt', text)
    old_active = ['第二十条第(一)项 | |||', '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |', '规章 | 2 | 2 | 37 |',
                  '规范性文件 | 14 | 14 | 215 |', '第二十条第(五)项 | |||', '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
                  '行政许可 | 120 | 3 | 5231 |', '第二十条第(六)项 | |||', '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
                  '行政处罚 | 300 | 0 | 842 |', '行政强制 | 20 | 0 | 97 |', '第二十条第(八)项 | |||',
                  '信息内容 | 上一年项目数量 | 本年增/减 | |', '行政事业性收费 | 12 | -1 | |', '第二十条第(九)项 | |||',
                  '信息内容 | 采购项目数量 | 采购总金额 | |', '政府集中采购 | 31 | 5000 | |']
    cold = {k: v for k, v in c.items() if not k.startswith('active.')}
    quirk('finding-rs-old-template.txt', {'active_lines': old_active}, cells=cold, findings=['RS-OLD-TEMPLATE', 'RS-ROWS'],
          foreign=True, unreadable=sorted(k for k in c if k.startswith('active.')))

    # One fixture per text-against-table finding: the text quotes a wrong figure.
    def wrong_text(name, find, replace, rule, year=None):
        tt = copy.deepcopy(t)
        tt['overview'] = [p.replace(find, replace, 1) for p in tt['overview']]
        assert tt != t, name
        write(name, web(c, tt, {}))
        manifest.append(entry(name, c, findings=[rule]))

    wrong_text('finding-rt-new.txt', f'申请{total(c, "requests.new")}件', f'申请{total(c, "requests.new") + 100}件', 'RT-NEW')
    wrong_text('finding-rt-carry.txt', f'上年结转{total(c, "requests.carried_in")}件', '上年结转99件', 'RT-CARRY')
    wrong_text('finding-rt-done.txt', f'办结{total(c, "requests.result.total")}件', '办结3件', 'RT-DONE')
    wrong_text('finding-rt-fwd.txt', f'结转下年度继续办理{total(c, "requests.carried_out")}件', '结转下年度继续办理77件', 'RT-FWD')
    wrong_text('finding-rt-result.txt', f'不予公开{sum(total(c, r) for r in RESULT_ROWS if ".withheld." in r)}件', '不予公开1件', 'RT-RESULT')
    wrong_text('finding-rt-review.txt', f'行政复议{c["appeals.review.total"]}件', '行政复议88件', 'RT-REVIEW')
    wrong_text('finding-rt-litig.txt', f'行政诉讼{c["appeals.suit_direct.total"] + c["appeals.suit_after_review.total"]}件', '行政诉讼1件', 'RT-LITIG')
    wrong_text('finding-rt-docs.txt', f'行政规范性文件{c["active.normative_documents.issued"]}件', '行政规范性文件3件', 'RT-DOCS')
    # "同意公开答复N件" is the 予以公开 figure, never the total of answers (RT-DONE): right, and wrong.
    d = total(c, 'requests.result.disclosed')
    for name, figure, findings in [('text-rt-done-qualified.txt', d, []), ('text-rt-done-qualified-wrong.txt', d + 5, ['RT-RESULT'])]:
        tt = copy.deepcopy(t)
        tt['overview'] = [p.replace(f'其中予以公开{d}件', f'其中同意公开答复{figure}件') for p in tt['overview']]
        assert tt != t, name
        write(name, web(c, tt, {}))
        manifest.append(entry(name, c, findings=findings))
    tt = copy.deepcopy(t)
    write('finding-rt-year.txt', web(c, tt, {}).replace(f'统计期限为{YEAR}年1月1日至{YEAR}年12月31日', f'统计期限为{YEAR - 1}年1月1日至{YEAR - 1}年12月31日'))
    manifest.append(entry('finding-rt-year.txt', c, findings=['RT-YEAR']))
    tt = copy.deepcopy(t)
    tt['other'] = ['本年度无其他需要报告的事项。']
    write('finding-rs-sec6-infofee.txt', web(c, tt, {}))
    manifest.append(entry('finding-rs-sec6-infofee.txt', c, findings=['RS-SEC6-INFOFEE']))
    tt = copy.deepcopy(t)
    tt['problems'] = []
    write('finding-rs-text-empty.txt', web(c, tt, {}))
    manifest.append(entry('finding-rs-text-empty.txt', c, findings=['RS-TEXT-EMPTY']))
    # A printed total that does not add up is kept as stated and checked.
    bad = copy.deepcopy(c)
    bad['requests.result.total.total'] += 1
    write('finding-r3-stated-total.txt', web(bad, t, {}))
    manifest.append(entry('finding-r3-stated-total.txt', bad, findings=['R3-RESULT-SUM', 'R3-ROW-TOTAL', 'R3-BALANCE', 'RT-DONE']))

    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
