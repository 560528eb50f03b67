using System.Collections.Generic;

namespace RelationsTools.Query
{
    /// <summary>
    /// A query's id patterns over one read, and which of them have matched a row: a plain id that matched none is
    /// worth a NotFound error once the rows have been read, whatever other filter dropped the row.
    /// </summary>
    internal sealed class IdsMet
    {
        private readonly TextPattern[]? patterns;
        private readonly HashSet<TextPattern> met = new HashSet<TextPattern>();

        public IdsMet(TextPattern[]? patterns) => this.patterns = patterns;

        /// <summary>False when the query names no ids, so every id is admitted.</summary>
        public bool Filters => patterns != null;

        /// <summary>Whether any pattern matches <paramref name="id"/>; every pattern that does is recorded.</summary>
        public bool Admits(string id)
        {
            if (patterns is null)
            {
                return true;
            }

            bool admitted = false;
            foreach (var pattern in patterns)
            {
                if (pattern.IsMatch(id))
                {
                    met.Add(pattern);
                    admitted = true;
                }
            }

            return admitted;
        }

        public bool WasMet(TextPattern pattern) => met.Contains(pattern);
    }
}
