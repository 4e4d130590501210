namespace Factbook.Generator.Content
{
    /// <summary>
    /// An entry marked <c>retired</c>: why, and the id of the entry of the same collection that replaces it
    /// (empty when none is named).
    /// </summary>
    internal sealed record RetirementDraft(string Reason, string SupersededBy, SourceSpan SupersededBySpan);

    /// <summary>A reference as written, to resolve once every file's entries are known.</summary>
    /// <param name="HolderIndex">For the link of an entry inside another (<c>in</c>): the holder's place among its file's entries, so the link
    /// names that entry, not another of its id; -1 for a reference written in content.</param>
    internal sealed record ReferenceDraft(string TargetType, string TargetId, string FieldName, SourceSpan Span, int HolderIndex = -1);

    /// <summary>
    /// One entry of one file, checked against the schema on its own. <see cref="Id"/> is empty when the entry
    /// has no valid id; it is kept so its references are still checked.
    /// </summary>
    /// <param name="HasErrors">Whether the entry had a problem of its own; it is then left out of the output.</param>
    /// <param name="WrittenId">The id as written, even when it is not a valid one, so code naming it is not flagged twice.</param>
    /// <param name="MemberName">The C# member its id becomes (<see cref="Naming.MemberNames"/>, or the schema's <c>members</c>), derived here, once per file read.</param>
    /// <param name="Facts">Its values as short lines for its member's doc comment (<see cref="EntryFacts"/>), made here, once per file read.</param>
    internal sealed record EntryDraft(
        string Collection,
        string Id,
        SourceSpan IdSpan,
        string Summary,
        EquatableArray<ValueModel> Values,
        bool HasErrors,
        EquatableArray<ReferenceDraft> References,
        RetirementDraft? Retirement = null,
        string WrittenId = "",
        string Facts = "",
        string MemberName = "")
    {
        /// <summary>Its values of fields with <c>unique: true</c>, with where each is written, for the index to check across files.</summary>
        public EquatableArray<UniqueValue> UniqueValues { get; init; } = EquatableArray<UniqueValue>.Empty;
    }

    /// <summary>An entry's value of a field with <c>unique: true</c>: canonical, as compared, and where it is written.</summary>
    internal sealed record UniqueValue(string FieldName, string Value, SourceSpan Span);

    /// <summary>
    /// The checked entries of one content file: the per-file model of the pipeline, so an edit re-reads only
    /// the edited file and cross-file checks run over these small records instead of YAML.
    /// </summary>
    /// <param name="Citations">Text that must occur word for word in a document's text (<c>verbatim_in</c>), checked by <see cref="VerbatimCheck"/>.</param>
    /// <param name="Documents">The text files this file's entries name (fields of type <c>file</c>).</param>
    internal sealed record FileContent(
        string Path,
        EquatableArray<EntryDraft> Entries,
        EquatableArray<DiagnosticInfo> Diagnostics,
        EquatableArray<Citation> Citations = default,
        EquatableArray<DocumentText> Documents = default)
    {
        /// <summary>The types held inside others (<c>in</c>) whose way down (<c>at</c>) reached its last key in this file, even with no entry there: FB0053 is for the others.</summary>
        public EquatableArray<string> HeldTypesReached { get; init; } = EquatableArray<string>.Empty;
    }

    /// <summary>
    /// A quote or excerpt as written, with the document it cites: the entry of <paramref name="DocumentType"/> with
    /// the id <paramref name="DocumentId"/>, whose text file must hold <paramref name="Text"/>.
    /// </summary>
    internal sealed record Citation(string Path, string Text, string DocumentType, string DocumentId, string FieldName, SourceSpan Span)
    {
        /// <summary>For <c>verbatim_in: quotation.text</c>: the document's text field whose value is the text; empty for its text file.</summary>
        public string DocumentField { get; init; } = string.Empty;
    }

    /// <summary>
    /// An entry that names its text: a field of type <c>file</c>, with where it is written. An empty
    /// <paramref name="FileName"/> is a document whose optional text field is left out (<paramref name="FieldName"/>).
    /// </summary>
    internal sealed record DocumentText(string DocumentType, string DocumentId, string FileName, string Path, SourceSpan Span, string FieldName = "")
    {
        /// <summary>A text held in the entry itself (a whole quotation that quotes cite by <c>verbatim_in: quotation.text</c>), not in a file; null for a file.</summary>
        public string? Inline { get; init; }
    }
}
