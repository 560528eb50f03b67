using System;
using System.Runtime.CompilerServices;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// Reads a field's raw UTF-8 bytes in place, without making a string of it: what a streaming query needs
    /// to drop most rows of a large file after two fields. Each read answers false for anything unusual, and
    /// the row is then read the ordinary way, which reports the problem.
    /// </summary>
    internal static class Utf8Field
    {
        /// <summary>Longest date text: <c>YYYY-MM-DD~/YYYY-MM-DD~</c>.</summary>
        private const int LongestDate = 24;

        [MethodImpl(HotPath.Optimize)]
        public static bool TryParseDateBounds(ReadOnlySpan<byte> utf8, out DateTime? first, out DateTime? last, out bool isKnown)
        {
            first = last = null;
            isKnown = false;
            if (utf8.Length > LongestDate)
            {
                return false;
            }

            Span<char> chars = stackalloc char[LongestDate];
            for (int i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] > 0x7F)
                {
                    return false; // not ASCII, so not a date
                }

                chars[i] = (char)utf8[i];
            }

            return FuzzyDate.TryParseBounds(chars.Slice(0, utf8.Length), out first, out last, out isKnown);
        }

        /// <summary>
        /// Decodes <paramref name="utf8"/> into <paramref name="chars"/> (at least as long as the bytes); false, with
        /// nothing to read, for text that is not clean (a NUL, bytes that are not UTF-8), or where a runtime cannot
        /// decode into a span: the row is then read in full, which reports what is wrong.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public static bool TryDecodeReadable(ReadOnlySpan<byte> utf8, Span<char> chars, out int length)
        {
#if NET8_0_OR_GREATER
            length = System.Text.Encoding.UTF8.GetChars(utf8, chars);
            var text = chars.Slice(0, length);
            return text.IndexOf('\0') < 0 && text.IndexOf('\uFFFD') < 0;
#else
            length = 0;
            return false;
#endif
        }

        /// <summary>True when every byte is ASCII and none is NUL: text that is the same as bytes and as characters, and needs no check.</summary>
        [MethodImpl(HotPath.Optimize)]
        public static bool IsPlainAscii(ReadOnlySpan<byte> utf8)
        {
#if NET8_0_OR_GREATER
            return System.Text.Ascii.IsValid(utf8) && utf8.IndexOf((byte)0) < 0;
#else
            foreach (byte b in utf8)
            {
                if (b == 0 || b > 0x7F)
                {
                    return false;
                }
            }

            return true;
#endif
        }
    }
}
