namespace RelationsTools.Compare
{
    /// <summary>The side indicators of the two-source comparison, the same strings Compare-Object writes.</summary>
    public static class SideIndicators
    {
        /// <summary>Both sources state the topic and agree.</summary>
        public const string Equal = "==";

        /// <summary>Both sources state the topic and disagree (a conflict or a change over time).</summary>
        public const string Different = "<>";

        /// <summary>Only the reference source states the topic.</summary>
        public const string ReferenceOnly = "<=";

        /// <summary>Only the difference source states the topic.</summary>
        public const string DifferenceOnly = "=>";
    }
}
