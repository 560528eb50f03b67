using System;

namespace RelationsTools.Data
{
    /// <summary>
    /// A query's test of a row's cheapest fields, made before the rest of the row is read: a streaming
    /// query over a large file drops most rows after reading two fields in place.
    /// </summary>
    internal interface IRowPrefilter<TKind>
        where TKind : struct
    {
        /// <summary>The row's closed-set field (an event's Category, a figure's Metric); asked once per name when a read starts (see <see cref="Utf8ClosedSet{TEnum}.Admitting"/>), not per row.</summary>
        bool AdmitsKind(TKind kind);

        bool AdmitsDays(DateTime? first, DateTime? last, bool isKnown);

        /// <summary>False when the query does not filter by id, so the id need not be read early.</summary>
        bool FiltersIds { get; }

        bool AdmitsId(string id);

        /// <summary>False when the query searches no text, so the searched fields (an event's Title and Summary) need not be read early.</summary>
        bool FiltersText { get; }

        /// <summary>Whether a searched field holding <paramref name="ascii"/> (plain ASCII, no NUL) may let the row match.</summary>
        bool AdmitsText(ReadOnlySpan<byte> ascii);

        /// <summary>Whether a searched field holding <paramref name="text"/> (clean text, decoded in place) may let the row match.</summary>
        bool AdmitsText(ReadOnlySpan<char> text);
    }
}
