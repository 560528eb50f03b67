using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace RelationsTools.Model
{
    /// <summary>
    /// A read-only list whose text is its items joined with <c>"; "</c>, the dataset's list syntax.
    /// </summary>
    /// <remarks>
    /// Export-Csv writes a property with its ToString(): an array becomes the cell "System.String[]".
    /// This list stays a list for the pipeline (indexing, -contains, ConvertTo-Json arrays) and still
    /// exports as readable text.
    /// </remarks>
    public class JoinedList<T> : ReadOnlyCollection<T>
    {
        public const string Separator = "; ";

        public JoinedList(IEnumerable<T> items)
            : base(items.ToList())
        {
        }

        public override string ToString()
            => string.Join(Separator, this.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)));
    }
}
