using System;
using System.Text;

namespace RelationsTools.Texts
{
    /// <summary>
    /// Whether a paragraph holds a quotation's words: ignoring case, curly against straight quotes and
    /// apostrophes, and how the words are spaced or broken across lines.
    /// </summary>
    internal static class QuoteInText
    {
        public static bool Shows(string paragraph, string quote)
        {
            string words = Normalize(quote).Trim(' ', '"', '\'');
            return words.Length > 0 && Normalize(paragraph).IndexOf(words, StringComparison.Ordinal) >= 0;
        }

        private static string Normalize(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = builder.Length > 0;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c switch
                {
                    '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                    _ => char.ToLowerInvariant(c),
                });
            }

            return builder.ToString();
        }
    }
}
