using System;

namespace RelationsTools.Query
{
    /// <summary>
    /// A wildcard pattern a query cannot read: a set in brackets that names no character, such as the backward
    /// range <c>[z-a]</c>. The message speaks of what the user typed and how to write it, never of the regular
    /// expression the pattern becomes.
    /// </summary>
    public sealed class InvalidPatternException : ArgumentException
    {
        public InvalidPatternException(string pattern)
            : base(Describe(pattern))
        {
            Pattern = pattern;
        }

        /// <summary>The pattern as it was typed.</summary>
        public string Pattern { get; }

        private static string Describe(string pattern)
        {
            string reason = BackwardRange(pattern) is string range
                ? $"the range [{range}] runs backwards; write it from the lower character to the higher, as [{range[2]}-{range[0]}]"
                : "a set in brackets names no character it could match";
            return $"Cannot use '{pattern}' as a wildcard pattern: {reason}. In a pattern, * is any text, ? any one character and [abc] or [a-z] one character of a set or range; to match [ or ] as itself, put a backtick (`) before it.";
        }

        // The first range x-y inside brackets whose x comes after y, as "x-y".
        private static string? BackwardRange(string pattern)
        {
            for (int open = pattern.IndexOf('['); open >= 0; open = pattern.IndexOf('[', open + 1))
            {
                int close = pattern.IndexOf(']', open + 1);
                if (close < 0)
                {
                    return null;
                }

                for (int i = open + 2; i + 1 < close; i++)
                {
                    if (pattern[i] == '-' && pattern[i - 1] > pattern[i + 1])
                    {
                        return pattern.Substring(i - 1, 3);
                    }
                }
            }

            return null;
        }
    }
}
