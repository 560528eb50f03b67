namespace RelationsTools.Tests
{
    /// <summary>One type's use of another, read from a compiled assembly.</summary>
    /// <param name="From">The namespace of the using type (of its outermost declaring type, for a nested or compiler-generated one).</param>
    /// <param name="Where">The using type and member, as <c>Type.Member</c>.</param>
    /// <param name="To">The namespace of the type used.</param>
    /// <param name="ToType">The type used, as <c>Namespace.Name</c>.</param>
    /// <param name="ToAssembly">The assembly of the type used: null for the assembly read.</param>
    internal sealed record TypeUse(string From, string Where, string To, string ToType, string? ToAssembly);
}
