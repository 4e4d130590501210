namespace Factbook.Generator.Emit
{
    // The three kinds of generated file per type, each with the least data it needs, so an edit re-emits
    // only the files whose data changed: a changed value one table, a new id the members, a schema change
    // the shape.

    /// <summary>What <c>{Type}.g.cs</c> depends on: the schema of the type and how many entries it has (in all, and not retired).</summary>
    internal sealed record TypeShape(TypeSpec Type, int Count, int CurrentCount)
    {
        public string HintName => Naming.GeneratedNames.ShapeHintName(Type.Name);
    }

    /// <summary>One entry's id enum member: its id, its C# name, and for a retired entry its <c>[Obsolete]</c> message.</summary>
    internal sealed record EntryMember(string Id, string MemberName, string ObsoleteMessage);

    /// <summary>
    /// What <c>{Type}.Members.g.cs</c> depends on: the id enum and the id list. No display text or value is in
    /// it, so editing one re-emits only its table chunk, which holds the entries' members and their doc comments.
    /// </summary>
    internal sealed record MembersModel(TypeSpec Type, EquatableArray<EntryMember> Members, EquatableArray<string> IdsWithProblems)
    {
        public string HintName => Naming.GeneratedNames.MembersHintName(Type.Name);
    }

    /// <summary>What <c>{Type}.Table{Index}.g.cs</c> depends on: the entries of one chunk, as table data and as members (<c>Places.Kaliningrad</c>).</summary>
    /// <param name="HasMembers">Whether its entries get members (<see cref="Naming.GeneratedNames.HasEntryMembers"/>).</param>
    internal sealed record TableChunk(TypeSpec Type, int Index, EquatableArray<EntryModel> Entries, bool HasMembers = true)
    {
        public string HintName => Naming.GeneratedNames.TableHintName(Type.Name, Index);
    }
}
