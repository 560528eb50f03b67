namespace RelationsTools.Validation
{
    /// <summary>How a text writes a number, which decides what a number in the data may be taken for.</summary>
    internal enum MentionForm
    {
        /// <summary>A plain quantity: <c>205</c>, <c>US$3.8 billion</c>, <c>$20bn</c>, <c>four</c>.</summary>
        Cardinal,

        /// <summary>A share: <c>80%</c>, <c>80 per cent</c>, <c>twenty percent</c>.</summary>
        Percent,

        /// <summary>A place in an order: <c>third</c>, <c>3rd</c>, <c>twenty-first</c>, <c>second-largest</c>.</summary>
        Ordinal,

        /// <summary>How often: <c>once</c>, <c>twice</c>, <c>thrice</c>.</summary>
        Times,

        /// <summary>A bound on a place: <c>top five</c>, <c>top 10</c>.</summary>
        Top,
    }
}
