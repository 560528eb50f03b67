using System.Collections;
using System.Collections.Generic;

namespace RelationsTools.Query
{
    /// <summary>
    /// What a query returns: its rows, read when enumerated (once), and afterwards the names it was given that
    /// named nothing in the data.
    /// </summary>
    public sealed class QueryResult<T> : IEnumerable<T>
    {
        private readonly IEnumerable<T> rows;
        private readonly System.Func<IReadOnlyList<NameNotFound>> notFound;

        internal QueryResult(IEnumerable<T> rows, System.Func<IReadOnlyList<NameNotFound>> notFound)
        {
            this.rows = rows;
            this.notFound = notFound;
        }

        /// <summary>The plain names that found nothing; complete once the rows have been read to the end.</summary>
        public IReadOnlyList<NameNotFound> NotFound => notFound();

        public IEnumerator<T> GetEnumerator() => rows.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
