using System;
using System.Collections.Generic;

namespace RelationsTools.Data
{
    /// <summary>
    /// The ids a table has used so far, to find the second use of one; optionally with ids the bundled data
    /// already holds, which a user's table may not take (its rows could then not be told apart).
    /// </summary>
    internal sealed class IdRegister
    {
        private readonly HashSet<string> seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly string reservedFor;

        public IdRegister(IEnumerable<string>? reservedIds = null, string reservedFor = "")
        {
            if (reservedIds != null)
            {
                reserved.UnionWith(reservedIds);
            }

            this.reservedFor = reservedFor;
        }

        /// <summary>Records <paramref name="id"/>; returns why it may not be used, or null when it may.</summary>
        public string? Register(string id)
        {
            if (reserved.Contains(id))
            {
                return $"the Id '{id}' is already {reservedFor}'s; give this row another Id";
            }

            return seen.Add(id) ? null : $"the Id '{id}' appears more than once";
        }
    }
}
