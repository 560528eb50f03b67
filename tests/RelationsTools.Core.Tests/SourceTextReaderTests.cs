using System.Collections.Generic;
using System.IO;
using System.Text;
using RelationsTools.Data;
using RelationsTools.Validation;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>Reading texts/&lt;source-id&gt;.txt: paragraphs by their [N] markers, and what makes a text unusable.</summary>
    public class SourceTextReaderTests
    {
        private const string Sample = "id: my-report\ntitle: A report\n\n[1] First paragraph.\n\n[2] Second paragraph,\nwhich runs on.\n[3]Third, with no space after its marker.\n";

        private static (SourceText? Text, List<DataFileException> Problems) Read(byte[] bytes, string name = "my-report.txt")
        {
            using var folder = new TempDataFolder();
            string file = Path.Combine(folder.Path, name);
            File.WriteAllBytes(file, bytes);
            var problems = new List<DataFileException>();
            var text = SourceTextReader.Read(file, new ReadMonitor(problems.Add, problems.Add));
            return (text, problems);
        }

        private static (SourceText? Text, List<DataFileException> Problems) Read(string content) => Read(new UTF8Encoding(false).GetBytes(content));

        private static string Paragraph(SourceText text, int number) => text.TryGetParagraph(number, out string paragraph) ? paragraph : "(none)";

        [Fact]
        public void Paragraphs_run_from_their_marker_to_the_next_and_the_header_is_not_one()
        {
            var (text, problems) = Read(Sample);

            Assert.Empty(problems);
            Assert.Equal("First paragraph.", Paragraph(text!, 1));
            Assert.Equal("Second paragraph,\nwhich runs on.", Paragraph(text!, 2));
            Assert.Equal("Third, with no space after its marker.", Paragraph(text!, 3));
            Assert.Equal(3, text!.HighestParagraph);
            Assert.Equal(8, text.LineOfHighestParagraph);
        }

        [Fact]
        public void CRLF_and_CR_line_ends_read_as_LF()
        {
            var (crlf, _) = Read(Sample.Replace("\n", "\r\n"));
            var (cr, _) = Read(Sample.Replace("\n", "\r"));

            Assert.Equal("Second paragraph,\nwhich runs on.", Paragraph(crlf!, 2));
            Assert.Equal("Second paragraph,\nwhich runs on.", Paragraph(cr!, 2));
            Assert.Equal(8, cr!.LineOfHighestParagraph);
        }

        [Fact]
        public void A_number_may_be_missing_and_the_text_says_which_it_has()
        {
            var (text, problems) = Read("[1] a\n[2] b\n[4] d\n[5] e\n[9] i\n");

            Assert.Empty(problems);
            Assert.False(text!.TryGetParagraph(3, out _));
            Assert.Equal("[1]-[2], [4]-[5], [9]", text.DescribeNumbers());
        }

        [Theory]
        [InlineData("id: x\n\nNo markers at all.\n")]
        [InlineData("id: x\n\n 1. Numbered another way.\n(2) And another.\n")]
        [InlineData("id: x\n\n [1] Indented: not at the start of the line.\n")]
        [InlineData("id: x\n\n(1] A bracket that does not match.\n")]
        [InlineData("")]
        public void A_text_with_no_markers_is_refused_as_a_whole(string content)
        {
            var (text, problems) = Read(content);

            Assert.Null(text);
            var problem = Assert.Single(problems);
            Assert.Equal(DataErrorIds.NoParagraphs, problem.ErrorId);
            Assert.Equal(0, problem.Line);
            Assert.Null(problem.Field);
        }

        [Theory]
        [InlineData("[1] a\n[2] b\n[2] again\n", 3, "appears twice (first at line 2)")]
        [InlineData("[1] a\n[3] c\n[2] b\n", 3, "[2] comes after [3]")]
        [InlineData("[1] a\n[2] b\n\n[1] a again\n", 4, "appears twice (first at line 1)")]
        [InlineData("[0] a\n[1] b\n", 1, "numbered from [1]")]
        public void Numbers_that_repeat_or_go_back_refuse_the_text_at_their_line(string content, long line, string reason)
        {
            var (text, problems) = Read(content);

            Assert.Null(text);
            var problem = Assert.Single(problems);
            Assert.Equal(DataErrorIds.InvalidParagraphNumber, problem.ErrorId);
            Assert.Equal(line, problem.Line);
            Assert.Contains(reason, problem.Reason);
        }

        [Fact]
        public void A_UTF8_byte_order_mark_is_dropped()
        {
            var (text, problems) = Read(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes("[1] Tô Lâm’s visit\n")));

            Assert.Empty(problems);
            Assert.Equal("Tô Lâm’s visit", Paragraph(text!, 1));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void UTF16_with_its_byte_order_mark_is_read_as_UTF16(bool bigEndian)
        {
            var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
            var (text, problems) = Read(encoding.GetPreamble().Concat(encoding.GetBytes(Sample.Replace("First", "Tô Lâm’s first"))));

            Assert.Empty(problems);
            Assert.Equal("Tô Lâm’s first paragraph.", Paragraph(text!, 1));
            Assert.Equal(8, text!.LineOfHighestParagraph);
        }

        [Fact]
        public void UTF16_without_a_byte_order_mark_is_refused_for_its_NUL_bytes()
        {
            var (text, problems) = Read(new UnicodeEncoding(false, false).GetBytes(Sample));

            Assert.Null(text);
            var problem = Assert.Single(problems);
            Assert.Equal(DataErrorIds.InvalidText, problem.ErrorId);
            Assert.Contains("NUL", problem.Reason);
            Assert.Contains("save the text as UTF-8", problem.Reason);
        }

        [Theory]
        [InlineData(new byte[] { 0x00 }, "NUL")]
        [InlineData(new byte[] { 0xE9 }, "not valid UTF-8")]
        [InlineData(new byte[] { 0xC3, 0x28 }, "not valid UTF-8")]
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "not valid UTF-8")]
        public void NUL_or_bytes_that_are_not_UTF8_refuse_the_text_at_their_line(byte[] bad, string reason)
        {
            byte[] before = Encoding.UTF8.GetBytes("id: x\n\n[1] Fine.\n[2] Caf");
            byte[] after = Encoding.UTF8.GetBytes(" here.\n");
            var (text, problems) = Read(before.Concat(bad).Concat(after));

            Assert.Null(text);
            var problem = Assert.Single(problems);
            Assert.Equal(DataErrorIds.InvalidText, problem.ErrorId);
            Assert.Equal(4, problem.Line);
            Assert.Contains(reason, problem.Reason);
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\r")]
        public void The_line_of_a_bad_byte_counts_CRLF_and_CR_as_one_line_end(string lineEnd)
        {
            var (_, problems) = Read(Encoding.UTF8.GetBytes("id: x" + lineEnd + lineEnd + "[1] Fine." + lineEnd + "[2] Bad\0 here." + lineEnd));

            Assert.Equal(4, Assert.Single(problems).Line);
        }

        [Fact]
        public void A_file_larger_than_any_text_is_refused_unread()
        {
            var bytes = new byte[SourceTextReader.MaxBytes + 1];
            var (text, problems) = Read(bytes);

            Assert.Null(text);
            Assert.Equal(DataErrorIds.TextTooLarge, Assert.Single(problems).ErrorId);
        }
    }
}
