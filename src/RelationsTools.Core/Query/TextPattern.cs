using System.Runtime.CompilerServices;
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// A PowerShell-style wildcard (<c>*</c>, <c>?</c>, <c>[abc]</c>, <c>[a-z]</c>, backtick escape), matched
    /// case-insensitively with the invariant culture, so <c>'TRADE*'</c> finds <c>Trade</c> in a Turkish
    /// session too. Optionally blind to diacritics, so <c>To Lam</c> finds <c>Tô Lâm</c>; or matching keys (ids,
    /// topics) as they compare (<see cref="KeyComparer"/>), so <c>ev-1967-diplomatic-relations</c> finds the id with
    /// a zero-width space or a non-breaking hyphen in it.
    /// </summary>
    /// <remarks>
    /// Core has no PowerShell reference, so it cannot use WildcardPattern; the grammar here is the same
    /// subset users type at a prompt.
    /// </remarks>
    public sealed class TextPattern
    {
        private const RegexOptions MatchOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline;

        private readonly bool ignoreDiacritics;
        private readonly bool matchesKeys;

        // Most patterns (every keyword, most names) are one ASCII literal between optional stars: those are
        // searched for, and need no Regex, which costs start-up time to build and is slower to run.
        // Exactly one of the two is set.
        private readonly WildcardLiteral? literal;
        private readonly Regex? regex;

        /// <exception cref="InvalidPatternException">The pattern holds a set that cannot be read, such as the backward range <c>[z-a]</c>.</exception>
        public TextPattern(string pattern, bool ignoreDiacritics = false)
            : this(pattern, pattern, ignoreDiacritics, matchesKeys: false)
        {
        }

        /// <param name="pattern">The pattern matched.</param>
        /// <param name="typed">What the user typed, for an error: a keyword is matched as <c>*keyword*</c>.</param>
        /// <param name="ignoreDiacritics">Whether the pattern is blind to diacritics.</param>
        /// <param name="matchesKeys">Whether it compares as ids and topics do (<see cref="KeyComparer"/>).</param>
        private TextPattern(string pattern, string typed, bool ignoreDiacritics, bool matchesKeys)
        {
            Pattern = pattern;
            this.ignoreDiacritics = ignoreDiacritics;
            this.matchesKeys = matchesKeys;
            string text = Comparable(pattern);
            HasWildcards = ContainsWildcards(text);
            literal = WildcardLiteral.TryParse(text);
            if (literal is null)
            {
                try
                {
                    regex = new Regex(ToRegex(text), MatchOptions);
                }
                catch (ArgumentException)
                {
                    // The Regex's own message shows the pattern it was built into, which the user never typed.
                    throw new InvalidPatternException(typed);
                }
            }
        }

        public string Pattern { get; }

        /// <summary>True when the pattern is searched for as a literal, without a Regex (see <see cref="WildcardLiteral"/>).</summary>
        internal bool IsLiteralSearch => literal != null;

        /// <summary>False for a plain name: a plain name that matches nothing is worth an error, a wildcard is not.</summary>
        public bool HasWildcards { get; }

        public bool IsMatch(string? text)
        {
            if (text is null)
            {
                return false;
            }

            return IsMatchComparable(Comparable(text));
        }

        // A text (or the pattern) in the form this pattern compares: without diacritics, as a key's plain form, or as it is.
        private string Comparable(string text) => ignoreDiacritics ? RemoveDiacritics(text) : matchesKeys ? KeyComparer.Plain(text) : text;

        /// <summary>Whether the pattern matches <paramref name="text"/>, which has had its diacritics removed when the pattern ignores them.</summary>
        private bool IsMatchComparable(string text)
            => literal != null ? literal.IsMatch(text.AsSpan()) : regex!.IsMatch(text);

        /// <summary>Patterns for each of <paramref name="patterns"/>; null when none were given (no filter).</summary>
        public static TextPattern[]? Create(IEnumerable<string>? patterns, bool ignoreDiacritics = false)
            => Each(patterns, pattern => new TextPattern(pattern, ignoreDiacritics));

        /// <summary>
        /// Patterns for keys (ids, topics), each matching a key's plain form (<see cref="KeyComparer.Plain"/>) so that a
        /// key matches as it compares everywhere else; null when none were given (no filter).
        /// </summary>
        public static TextPattern[]? ForKeys(IEnumerable<string>? patterns)
            => Each(patterns, pattern => new TextPattern(pattern, pattern, ignoreDiacritics: false, matchesKeys: true));

        private static TextPattern[]? Each(IEnumerable<string>? patterns, Func<string, TextPattern> make)
        {
            if (patterns is null)
            {
                return null;
            }

            var list = new List<TextPattern>();
            foreach (string pattern in patterns)
            {
                list.Add(make(pattern));
            }

            return list.ToArray();
        }

        /// <summary>Patterns that find each of <paramref name="keywords"/> anywhere in a text, ignoring case and diacritics; null when none were given.</summary>
        public static TextPattern[]? Containing(IEnumerable<string>? keywords)
        {
            if (keywords is null)
            {
                return null;
            }

            var list = new List<TextPattern>();
            foreach (string keyword in keywords)
            {
                list.Add(Containing(keyword));
            }

            return list.ToArray();
        }

        /// <summary>A pattern that finds <paramref name="text"/> anywhere in a text, ignoring case and diacritics.</summary>
        internal static TextPattern Containing(string text) => new TextPattern("*" + text + "*", text, ignoreDiacritics: true, matchesKeys: false);

        /// <summary>True when <paramref name="patterns"/> is null (no filter) or any of them matches <paramref name="text"/>.</summary>
        [MethodImpl(HotPath.Optimize)]
        public static bool AnyMatch(TextPattern[]? patterns, string? text)
        {
            if (patterns is null)
            {
                return true;
            }

            if (text is null)
            {
                return false;
            }

            // The text loses its diacritics once, not once per pattern.
            string? withoutDiacritics = null;
            foreach (var pattern in patterns)
            {
                string comparable = pattern.ignoreDiacritics ? withoutDiacritics ??= RemoveDiacritics(text) : pattern.Comparable(text);
                if (pattern.IsMatchComparable(comparable))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <see cref="AnyMatch(TextPattern[], string)"/> for text in a span, such as a field decoded on the stack: its
        /// diacritics go by <see cref="LatinDiacritics"/> into another span, and a literal is searched for there, all
        /// without a string. Text the table cannot answer for takes the string path, with the same result.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        internal static bool AnyMatch(TextPattern[]? patterns, ReadOnlySpan<char> text)
        {
            if (patterns is null)
            {
                return true;
            }

            const int OnTheStack = 1024;
            Span<char> bare = text.Length <= OnTheStack ? stackalloc char[text.Length] : new char[text.Length];
            if (!LatinDiacritics.TryRemove(text, bare, out int length))
            {
                return AnyMatch(patterns, text.ToString());
            }

            var withoutDiacritics = bare.Slice(0, length);
            string? asString = null;
            foreach (var pattern in patterns)
            {
                if (pattern.matchesKeys)
                {
                    return AnyMatch(patterns, text.ToString()); // a key is compared in its plain form, which takes a string
                }

                var comparable = pattern.ignoreDiacritics ? withoutDiacritics : text;
                if (pattern.literal != null ? pattern.literal.IsMatch(comparable) : pattern.regex!.IsMatch(pattern.ignoreDiacritics ? asString ??= withoutDiacritics.ToString() : text.ToString()))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <see cref="AnyMatch(TextPattern[], string)"/> for a text given as plain ASCII bytes (no NUL), such as a
        /// field read in place: ASCII has no diacritics to remove, and a literal is searched for without a string.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        internal static bool AnyMatchAscii(TextPattern[]? patterns, ReadOnlySpan<byte> ascii)
        {
            if (patterns is null)
            {
                return true;
            }

            const int OnTheStack = 512;
            Span<char> chars = ascii.Length <= OnTheStack ? stackalloc char[ascii.Length] : new char[ascii.Length];
            for (int i = 0; i < ascii.Length; i++)
            {
                chars[i] = (char)ascii[i];
            }

            string? text = null;
            foreach (var pattern in patterns)
            {
                if (pattern.matchesKeys)
                {
                    return AnyMatch(patterns, chars.ToString()); // a key is compared in its plain form, which takes a string
                }

                if (pattern.literal != null ? pattern.literal.IsMatchAscii(chars) : pattern.regex!.IsMatch(text ??= chars.ToString()))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="patterns"/> is null or any pattern matches any of <paramref name="texts"/>.</summary>
        public static bool AnyMatch(TextPattern[]? patterns, IEnumerable<string> texts)
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

        /// <summary>"Tô Lâm" becomes "To Lam" (see <see cref="TextFolding"/>).</summary>
        public static string RemoveDiacritics(string text) => TextFolding.RemoveDiacritics(text);

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
