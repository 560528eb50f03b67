using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>
    /// A read-only list of typed items (claims, source kinds) whose text is its items joined with <c>"; "</c>:
    /// the typed counterpart of <see cref="DelimitedList"/>, which holds strings.
    /// </summary>
    /// <remarks>
    /// Export-Csv writes a property's ToString(): for an array that is the cell <c>System.Object[]</c>.
    /// This list exports as its items instead, and still enumerates, indexes and converts to a JSON
    /// array like an array does.
    /// </remarks>
    public sealed class JoinedList<T> : ReadOnlyCollection<T>
    {
        internal JoinedList(IEnumerable<T> items)
            : base(items.ToList())
        {
        }

        public override string ToString()
            => string.Join(DelimitedList.Separator, this.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)));
    }
}
