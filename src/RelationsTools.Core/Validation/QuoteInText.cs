using System;
using System.Text;

namespace RelationsTools.Validation
{
    /// <summary>
    /// Whether a paragraph holds a quotation's words, in order: ignoring case, how they are spaced or broken
    /// across lines, and quotation marks, straight or curly, single or double. The marks are dropped rather than
    /// only made alike because they frame words rather than being words: a formula quoted term by term
    /// (“good neighbourliness,” “traditional friendship”) is the data's Value good neighbourliness, traditional
    /// friendship. Apostrophes inside a word are kept, curly or straight alike (Cambodia’s = Cambodia's).
    /// </summary>
    internal static class QuoteInText
    {
        public static bool Shows(string paragraph, string quote)
        {
            string words = Normalize(quote);
            return words.Length > 0 && Normalize(paragraph).IndexOf(words, StringComparison.Ordinal) >= 0;
        }

        private static string Normalize(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool space = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    space = builder.Length > 0;
                    continue;
                }

                bool apostrophe = c == '\'' || c == '\u2019';
                if (apostrophe && IsLetterAt(text, i - 1) && IsLetterAt(text, i + 1))
                {
                    c = '\'';
                }
                else if (IsQuotationMark(c))
                {
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }

        private static bool IsLetterAt(string text, int i) => i >= 0 && i < text.Length && char.IsLetter(text[i]);

        private static bool IsQuotationMark(char c)
            => c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B'
                || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB' || c == '\u00BB';
    }
}
