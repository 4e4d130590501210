namespace Factbook.Generator.Content
{
    /// <summary>One valid entry: its id, the C# member it becomes, its doc summary, and its field values in schema order.</summary>
    /// <param name="Provenance">Where it is written: the file relative to the project, and the line of its id (<c>content/places.yaml:12</c>).</param>
    /// <param name="Facts">Its values as short lines for its member's doc comment (<see cref="EntryFacts"/>).</param>
    internal sealed record EntryModel(string Id, string MemberName, string Summary, EquatableArray<ValueModel> Values, string Provenance, RetirementModel? Retirement, string Facts);

    /// <summary>A retired entry: why, and the key and member of its replacement (-1 and empty when none).</summary>
    internal sealed record RetirementModel(string Reason, int SupersededByKey, string SupersededByMember);

    /// <summary>A type with every valid entry of its collection, in content order (files by path, then as written).</summary>
    /// <param name="IdsWithProblems">
    /// Ids written in content whose entries were left out for a problem (already reported): code naming them is
    /// not wrong, so the string-id analyzer, which reads the ids from the generated code, does not flag them.
    /// </param>
    internal sealed record CollectionModel(TypeSpec Type, EquatableArray<EntryModel> Entries, EquatableArray<string> IdsWithProblems);

    /// <summary>The checked content of every file, and every problem found checking it.</summary>
    internal sealed record ContentModel(EquatableArray<CollectionModel> Collections, EquatableArray<DiagnosticInfo> Diagnostics);
}
