using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RelationsTools.Tests
{
    /// <summary>
    /// The Regex-only TextPattern as it was before the literal search (TextPattern.cs at 5a43543), kept
    /// verbatim as the oracle the fast path must agree with. Do not "improve" it: its quirks are the semantics.
    /// A PowerShell-style wildcard (<c>*</c>, <c>?</c>, <c>[abc]</c>, <c>[a-z]</c>, backtick escape), matched
    /// case-insensitively with the invariant culture, so <c>'TRADE*'</c> finds <c>Trade</c> in a Turkish
    /// session too. Optionally blind to diacritics, so <c>To Lam</c> finds <c>Tô Lâm</c>.
    /// </summary>
    /// <remarks>
    /// Core has no PowerShell reference, so it cannot use WildcardPattern; the grammar here is the same
    /// subset users type at a prompt.
    /// </remarks>
    internal sealed class ReferenceTextPattern
    {
        private readonly Regex regex;
        private readonly bool ignoreDiacritics;

        public ReferenceTextPattern(string pattern, bool ignoreDiacritics = false)
        {
            Pattern = pattern;
            this.ignoreDiacritics = ignoreDiacritics;
            string text = ignoreDiacritics ? RemoveDiacritics(pattern) : pattern;
            HasWildcards = ContainsWildcards(text);
            regex = new Regex(ToRegex(text), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }

        public string Pattern { get; }

        /// <summary>False for a plain name: a plain name that matches nothing is worth an error, a wildcard is not.</summary>
        public bool HasWildcards { get; }

        public bool IsMatch(string? text)
        {
            if (text is null)
            {
                return false;
            }

            return regex.IsMatch(ignoreDiacritics ? RemoveDiacritics(text) : text);
        }

        /// <summary>Patterns for each of <paramref name="patterns"/>; null when none were given (no filter).</summary>
        public static ReferenceTextPattern[]? Create(IEnumerable<string>? patterns, bool ignoreDiacritics = false)
        {
            if (patterns is null)
            {
                return null;
            }

            var list = new List<ReferenceTextPattern>();
            foreach (string pattern in patterns)
            {
                list.Add(new ReferenceTextPattern(pattern, ignoreDiacritics));
            }

            return list.ToArray();
        }

        /// <summary>Patterns that find each of <paramref name="keywords"/> anywhere in a text, ignoring case and diacritics; null when none were given.</summary>
        public static ReferenceTextPattern[]? Containing(IEnumerable<string>? keywords)
        {
            if (keywords is null)
            {
                return null;
            }

            var list = new List<ReferenceTextPattern>();
            foreach (string keyword in keywords)
            {
                list.Add(new ReferenceTextPattern("*" + keyword + "*", ignoreDiacritics: true));
            }

            return list.ToArray();
        }

        /// <summary>True when <paramref name="patterns"/> is null (no filter) or any of them matches <paramref name="text"/>.</summary>
        public static bool AnyMatch(ReferenceTextPattern[]? patterns, string? text)
        {
            if (patterns is null)
            {
                return true;
            }

            foreach (var pattern in patterns)
            {
                if (pattern.IsMatch(text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="patterns"/> is null or any pattern matches any of <paramref name="texts"/>.</summary>
        public static bool AnyMatch(ReferenceTextPattern[]? patterns, IEnumerable<string> texts)
        {
            if (patterns is null)
            {
                return true;
            }

            foreach (string text in texts)
            {
                if (AnyMatch(patterns, text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Tô Lâm" becomes "To Lam": decomposes and drops the combining marks; đ/Đ, which do not decompose, become d/D.</summary>
        public static string RemoveDiacritics(string text)
        {
            string decomposed = text.Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            foreach (char c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                builder.Append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
            }

            return builder.ToString().Normalize(NormalizationForm.FormC);
        }

        private static bool ContainsWildcards(string pattern)
        {
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '`')
                {
                    i++;
                }
                else if (c == '*' || c == '?' || c == '[')
                {
                    return true;
                }
            }

            return false;
        }

        private static string ToRegex(string pattern)
        {
            var builder = new StringBuilder("^");
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                switch (c)
                {
                    case '`' when i + 1 < pattern.Length:
                        builder.Append(Regex.Escape(pattern[++i].ToString()));
                        break;
                    case '*':
                        builder.Append(".*");
                        break;
                    case '?':
                        builder.Append('.');
                        break;
                    case '[':
                        int close = pattern.IndexOf(']', i + 1);
                        if (close > i + 1)
                        {
                            string set = pattern.Substring(i + 1, close - i - 1).Replace("\\", "\\\\").Replace("^", "\\^");
                            builder.Append('[').Append(set).Append(']');
                            i = close;
                        }
                        else
                        {
                            builder.Append("\\[");
                        }

                        break;
                    default:
                        builder.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            return builder.Append('$').ToString();
        }
    }
}
