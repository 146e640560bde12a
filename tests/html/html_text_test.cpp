// Escaping, link checking and the DocTree → HTML walk.
#include <gtest/gtest.h>

#include "html/doctree_html.h"
#include "html/html_text.h"

namespace siyasa {
namespace {

std::string body_of(const std::string& markdown) {
  Result<DocTree> tree = parse_markdown(markdown, "t.md");
  EXPECT_TRUE(tree.ok());
  HtmlBodyOptions options;
  options.table_label = "جدول";
  return render_doctree_html(*tree, options);
}

TEST(EscapeHtml, ReplacesEveryMarkupCharacter) {
  EXPECT_EQ(escape_html(R"(<a href="x" title='y'>&</a>)"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  EXPECT_EQ(escape_html("سياسة"), "سياسة");
}

// A date never breaks across lines: the stylesheet keeps span.date on one line.
TEST(EscapeHtml, DatesAreKeptWhole) {
  EXPECT_EQ(escape_html_keeping_dates("في ١٣ / ٦ / ٢٠٢١ م الموافق ٣ / ١١ / ١٤٤٢ هـ وتحل"),
            "في <span class=\"date\">١٣ / ٦ / ٢٠٢١ م</span> الموافق <span class=\"date\">٣ / ١١ / ١٤٤٢ هـ</span> وتحل");
  EXPECT_EQ(escape_html_keeping_dates("on 2024-01-31, <b>"), "on <span class=\"date\">2024-01-31</span>, &lt;b&gt;");
  EXPECT_EQ(escape_html_keeping_dates("۲۲/۱۱/۱۴۴۵هـ"), "<span class=\"date\">۲۲/۱۱/۱۴۴۵هـ</span>");
  // م only as the calendar's sign, not as the first letter of the next word.
  EXPECT_EQ(escape_html_keeping_dates("1/2/2020 مجلس"), "<span class=\"date\">1/2/2020</span> مجلس");
  EXPECT_EQ(escape_html_keeping_dates("المادة 12 / 3 فقط"), "المادة 12 / 3 فقط");
}

TEST(SafeHref, AllowsOnlyWebMailPhoneAndRelativeTargets) {
  EXPECT_EQ(safe_href("https://example.org/a?b=c"), "https://example.org/a?b=c");
  EXPECT_EQ(safe_href("http://example.org"), "http://example.org");
  EXPECT_EQ(safe_href("mailto:info@example.org"), "mailto:info@example.org");
  EXPECT_EQ(safe_href("tel:+966170000000"), "tel:+966170000000");
  EXPECT_EQ(safe_href("#h-1"), "#h-1");
  EXPECT_EQ(safe_href("other-policy.html"), "other-policy.html");
  EXPECT_EQ(safe_href("folder/a:b"), "folder/a:b");
  EXPECT_EQ(safe_href("  https://example.org  "), "https://example.org");
}

TEST(SafeHref, RefusesScriptAndDataTargetsHoweverSpelled) {
  for (const char* url : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\nscript:alert(1)",
                          "java\tscript:alert(1)", " \x01javascript:alert(1)",
                          "data:text/html,<script>", "vbscript:msgbox", "file:///etc/passwd",
                          "", "   "}) {
    EXPECT_FALSE(safe_href(url).has_value()) << url;
  }
}

TEST(DocTreeHtml, HeadingsCarryTheirAnchorsOneLevelDown) {
  EXPECT_EQ(body_of("# أ\n## ب\n"), "<h2 id=\"h-1\">أ</h2>\n<h3 id=\"h-1-1\">ب</h3>\n");
}

TEST(DocTreeHtml, ParagraphStylesAndLinks) {
  EXPECT_EQ(body_of("نص **عريض** و*مائل* و`رمز` و~~محذوف~~ و[رابط](https://e.org)\n"),
            "<p>نص <strong>عريض</strong> و<em>مائل</em> و<code>رمز</code> و<del>محذوف</del> "
            "و<a href=\"https://e.org\" rel=\"noopener noreferrer\">رابط</a></p>\n");
}

TEST(DocTreeHtml, SpansOfOneLinkShareOneAnchorElement) {
  EXPECT_EQ(body_of("[أ **ب**](#h-1)\n"), "<p><a href=\"#h-1\">أ <strong>ب</strong></a></p>\n");
}

TEST(DocTreeHtml, UnsafeLinksStayText) {
  EXPECT_EQ(body_of("[انقر](javascript:alert(1))\n"), "<p>انقر</p>\n");
  EXPECT_EQ(body_of("[انقر](javascript&#58;alert(1))\n"), "<p>انقر</p>\n");
}

TEST(DocTreeHtml, RawHtmlComesOutInert) {
  const std::string html = body_of("<script>alert(1)</script>\n\nنص <img src=x onerror=alert(1)>\n");
  EXPECT_EQ(html,
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
            "<p>نص &lt;img src=x onerror=alert(1)&gt;</p>\n");
}

TEST(DocTreeHtml, ListsKeepStartAndTightness) {
  EXPECT_EQ(body_of("3. أ\n4. ب\n"), "<ol start=\"3\">\n<li>أ\n</li>\n<li>ب\n</li>\n</ol>\n");
  EXPECT_EQ(body_of("- أ\n\n- ب\n"), "<ul>\n<li><p>أ</p>\n</li>\n<li><p>ب</p>\n</li>\n</ul>\n");
}

TEST(DocTreeHtml, OrderedListsCountInArabicIndicDigitsWhenAsked) {
  Result<DocTree> tree = parse_markdown("2. أ\n- ب\n", "t.md");
  HtmlBodyOptions options;
  options.arabic_indic_lists = true;
  EXPECT_EQ(render_doctree_html(*tree, options),
            "<ol start=\"2\" style=\"list-style-type: arabic-indic\">\n<li>أ\n</li>\n</ol>\n"
            "<ul>\n<li>ب\n</li>\n</ul>\n");
}

// The organisation's list numbers ("1-", "(1)", "أ-") in the page as in the PDF; bullets keep
// the browser's markers.
TEST(DocTreeHtml, ListNumbersInTheOrganisationsStyle) {
  Result<DocTree> tree = parse_markdown("1. أ\n2. ب\n\n- ج\n", "t.md");
  HtmlBodyOptions options;
  options.arabic_indic_lists = true;
  options.list_numbers = "1-";
  EXPECT_EQ(render_doctree_html(*tree, options),
            "<ol class=\"marked\" style=\"list-style: none; padding-inline-start: 0.6rem\">\n"
            "<li><span class=\"list-marker\">١-</span> أ\n</li>\n"
            "<li><span class=\"list-marker\">٢-</span> ب\n</li>\n</ol>\n"
            "<ul>\n<li>ج\n</li>\n</ul>\n");
  Result<DocTree> loose = parse_markdown("3. أ\n\n4. ب\n", "t.md");
  options.list_numbers = "(1)";
  options.numerals = Numerals::latn;
  EXPECT_EQ(render_doctree_html(*loose, options),
            "<ol class=\"marked\" start=\"3\" style=\"list-style: none; padding-inline-start: 0.6rem\">\n"
            "<li><p><span class=\"list-marker\">(3)</span> أ</p>\n</li>\n"
            "<li><p><span class=\"list-marker\">(4)</span> ب</p>\n</li>\n</ol>\n");
  options.list_numbers = "أ-";
  const std::string abjad = render_doctree_html(*tree, options);
  EXPECT_NE(abjad.find("<span class=\"list-marker\">أ-</span> أ"), std::string::npos) << abjad;
  EXPECT_NE(abjad.find("<span class=\"list-marker\">ب-</span> ب"), std::string::npos) << abjad;
}

TEST(DocTreeHtml, TablesHaveAHeaderAndScrollInTheirOwnBox) {
  EXPECT_EQ(body_of("| أ | ب |\n|---|---|\n| ١ | ٢ |\n"),
            "<div class=\"table-wrap\" style=\"overflow-x: auto\" role=\"region\" tabindex=\"0\" "
            "aria-label=\"جدول\">\n"
            "<table>\n<thead>\n<tr><th scope=\"col\">أ</th><th scope=\"col\">ب</th></tr>\n"
            "</thead>\n<tbody>\n<tr><td>١</td><td>٢</td></tr>\n</tbody>\n</table>\n</div>\n");
}

TEST(DocTreeHtml, QuotesRulesAndHardBreaks) {
  EXPECT_EQ(body_of("> أ\\\nب\n\n---\n"),
            "<blockquote>\n<p>أ<br>ب</p>\n</blockquote>\n<hr>\n");
}

TEST(TableOfContents, ListsTopTwoLevelsOfHeadings) {
  Result<DocTree> tree = parse_markdown("## أ\n### ب\n#### ج\n## د\n", "t.md");
  const std::vector<TocEntry> toc = table_of_contents(*tree);
  ASSERT_EQ(toc.size(), 3u);
  EXPECT_EQ(toc[0].anchor, "h-1");
  EXPECT_EQ(toc[0].depth, 0);
  EXPECT_EQ(toc[1].text, "ب");
  EXPECT_EQ(toc[1].depth, 1);
  EXPECT_EQ(toc[2].anchor, "h-2");
}

}  // namespace
}  // namespace siyasa
