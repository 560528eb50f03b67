using System;
using System.Runtime.CompilerServices;

namespace RelationsTools.Query
{
    /// <summary>
    /// A wildcard pattern that is one ASCII literal with at most a <c>*</c> before and a <c>*</c> after it
    /// (<c>*cashew*</c>, <c>cicp*</c>, <c>*-heights</c>, <c>Trade</c>), matched by a plain search instead of a Regex.
    /// Keywords are always of this shape, and so are most names typed at a prompt.
    /// </summary>
    /// <remarks>
    /// It gives exactly the answer of the Regex that <see cref="TextPattern"/> builds for the same pattern
    /// (IgnoreCase | CultureInvariant | Singleline, anchored with <c>^</c> and <c>$</c>):
    /// <list type="bullet">
    /// <item>Under that Regex an ASCII letter is the same as its other case and, for k, the Kelvin sign
    /// U+212A; every other character is only itself. TextPatternTests checks this against the runtime's
    /// Regex for every character, so a runtime that changed its case table would fail there, not here.</item>
    /// <item>The Regex's <c>$</c> matches at the end and also before a final line feed, so
    /// <c>Trade</c> matches "Trade\n" and <c>*heights</c> matches "new-heights\n".</item>
    /// </list>
    /// </remarks>
    internal sealed class WildcardLiteral
    {
        private const char KelvinSign = '\u212A';

        // Lower-case ASCII: a letter stands for both its cases.
        private readonly string literal;
        private readonly bool anchoredAtStart;
        private readonly bool anchoredAtEnd;

        private WildcardLiteral(string literal, bool anchoredAtStart, bool anchoredAtEnd)
        {
            this.literal = literal;
            this.anchoredAtStart = anchoredAtStart;
            this.anchoredAtEnd = anchoredAtEnd;
        }

        /// <summary>
        /// The literal form of <paramref name="pattern"/> read with TextPattern's wildcard grammar (a backtick
        /// escapes the next character; a <c>[</c> without a later <c>]</c> is itself); null when it has another shape
        /// or a character outside ASCII.
        /// </summary>
        public static WildcardLiteral? TryParse(string pattern)
        {
            var literal = new char[pattern.Length];
            int length = 0;
            bool leadingStar = false, trailingStar = false;
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '*')
                {
                    if (length == 0)
                    {
                        leadingStar = true;
                    }
                    else
                    {
                        trailingStar = true;
                    }

                    continue;
                }

                if (c == '?' || (c == '[' && pattern.IndexOf(']', i + 1) > i + 1))
                {
                    return null;
                }

                if (c == '`' && i + 1 < pattern.Length)
                {
                    c = pattern[++i];
                }

                if (trailingStar || c >= 0x80)
                {
                    return null; // a star inside the literal, or a character whose case the search does not know
                }

                literal[length++] = c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
            }

            // A pattern of stars only ("*", "**") is a star before an empty literal.
            return new WildcardLiteral(new string(literal, 0, length), !leadingStar, !trailingStar && !(leadingStar && length == 0));
        }

        [MethodImpl(HotPath.Optimize)]
        public bool IsMatch(ReadOnlySpan<char> text)
        {
            int n = literal.Length;
            if (anchoredAtStart && anchoredAtEnd)
            {
                return (text.Length == n || (text.Length == n + 1 && text[n] == '\n')) && EqualsAt(text, 0);
            }

            if (anchoredAtStart)
            {
                return text.Length >= n && EqualsAt(text, 0);
            }

            if (anchoredAtEnd)
            {
                return (text.Length >= n && EqualsAt(text, text.Length - n))
                    || (text.Length >= n + 1 && text[text.Length - 1] == '\n' && EqualsAt(text, text.Length - 1 - n));
            }

            return IndexOf(text) >= 0;
        }

        /// <summary>
        /// <see cref="IsMatch"/> for a text known to be ASCII. There an ordinal search ignoring case is exact (in ASCII
        /// only a letter's two cases are the same), and the runtime's is faster than <see cref="IndexOf"/>.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public bool IsMatchAscii(ReadOnlySpan<char> ascii)
        {
#if NET8_0_OR_GREATER
            if (!anchoredAtStart && !anchoredAtEnd)
            {
                return ascii.IndexOf(literal.AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0;
            }
#endif
            return IsMatch(ascii);
        }

        /// <summary>Where the literal first occurs in <paramref name="text"/>, ignoring case as the Regex does; -1 when nowhere.</summary>
        [MethodImpl(HotPath.Optimize)]
        private int IndexOf(ReadOnlySpan<char> text)
        {
            int n = literal.Length;
            if (n == 0)
            {
                return 0;
            }

            char first = literal[0];
            bool firstIsLetter = first >= 'a' && first <= 'z';
            int offset = 0;
            while (text.Length - offset >= n)
            {
                // Only a position where the literal fits can start it.
                var starts = text.Slice(offset, text.Length - offset - n + 1);
                int i = !firstIsLetter ? starts.IndexOf(first)
                    : first == 'k' ? starts.IndexOfAny('k', 'K', KelvinSign)
                    : starts.IndexOfAny(first, (char)(first & ~0x20));
                if (i < 0)
                {
                    return -1;
                }

                if (EqualsAt(text, offset + i))
                {
                    return offset + i;
                }

                offset += i + 1;
            }

            return -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool EqualsAt(ReadOnlySpan<char> text, int start)
        {
            for (int j = 0; j < literal.Length; j++)
            {
                if (!SameIgnoringCase(text[start + j], literal[j]))
                {
                    return false;
                }
            }

            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool SameIgnoringCase(char c, char lowerAscii)
        {
            if (lowerAscii >= 'a' && lowerAscii <= 'z')
            {
                // c | 0x20 equals a lower-case letter only for that letter and its upper case.
                return (c | 0x20) == lowerAscii || (lowerAscii == 'k' && c == KelvinSign);
            }

            return c == lowerAscii;
        }
    }
}
