using System.Runtime.CompilerServices;
namespace RelationsTools.Model
{
    /// <summary>
    /// Removes diacritics from Latin text (Vietnamese included) one character at a time, from a table, without
    /// normalising the string: the common case of <see cref="TextFolding.RemoveDiacritics"/>.
    /// </summary>
    /// <remarks>
    /// The table holds, for each character of the Latin blocks and the combining diacritical marks, what the
    /// full method makes of that character alone, when that is ASCII or nothing. A text made only of ASCII and
    /// such characters loses its diacritics character by character with the same result: decomposing is per
    /// character, canonical reordering only moves the marks that are dropped, and composing ASCII changes
    /// nothing. Any other character (a dash, a Khmer letter, ß) sends the text to the full method.
    /// </remarks>
    internal static class LatinDiacritics
    {
        private const char Dropped = '\0';
        private const char NotInTable = '\uFFFF';

        // Latin-1 Supplement to Latin Extended-B, the combining diacritical marks, and Latin Extended Additional
        // (where Vietnamese letters with two marks live).
        private static readonly (char First, char Last)[] Blocks = { ('\u0080', '\u024F'), ('\u0300', '\u036F'), ('\u1E00', '\u1EFF') };

        private static readonly char[][] Tables = BuildTables();

        /// <summary>The text without its diacritics; null when it has a character the table cannot answer for.</summary>
        [MethodImpl(HotPath.Optimize)]
        public static string? TryRemove(string text)
        {
            char[]? result = null;
            int length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    if (result != null)
                    {
                        result[length++] = c;
                    }

                    continue;
                }

                char mapped = Lookup(c);
                if (mapped == NotInTable)
                {
                    return null;
                }

                if (result is null)
                {
                    result = new char[text.Length];
                    text.CopyTo(0, result, 0, i);
                    length = i;
                }

                if (mapped != Dropped)
                {
                    result[length++] = mapped;
                }
            }

            return result is null ? text : new string(result, 0, length);
        }

        /// <summary>
        /// Writes <paramref name="text"/> without its diacritics into <paramref name="result"/> (at least as long);
        /// false when it has a character the table cannot answer for.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public static bool TryRemove(System.ReadOnlySpan<char> text, System.Span<char> result, out int length)
        {
            length = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    result[length++] = c;
                    continue;
                }

                char mapped = Lookup(c);
                if (mapped == NotInTable)
                {
                    return false;
                }

                if (mapped != Dropped)
                {
                    result[length++] = mapped;
                }
            }

            return true;
        }

        private static char Lookup(char c)
        {
            for (int b = 0; b < Blocks.Length; b++)
            {
                if (c >= Blocks[b].First && c <= Blocks[b].Last)
                {
                    return Tables[b][c - Blocks[b].First];
                }
            }

            return NotInTable;
        }

        private static char[][] BuildTables()
        {
            var tables = new char[Blocks.Length][];
            for (int b = 0; b < Blocks.Length; b++)
            {
                var table = tables[b] = new char[Blocks[b].Last - Blocks[b].First + 1];
                for (int i = 0; i < table.Length; i++)
                {
                    table[i] = Entry((char)(Blocks[b].First + i));
                }
            }

            return tables;
        }

        // What the full method makes of c alone: one ASCII character, nothing, or else a sign to use the full method.
        private static char Entry(char c)
        {
            string bare = TextFolding.RemoveDiacriticsByNormalizing(c.ToString());
            return bare.Length == 0 ? Dropped
                : bare.Length == 1 && bare[0] < 0x80 && bare[0] != Dropped ? bare[0]
                : NotInTable;
        }
    }
}
