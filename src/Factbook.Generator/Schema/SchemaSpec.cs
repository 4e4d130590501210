namespace Factbook.Generator.Schema
{
    /// <summary>The shape of a field's value: one of the scalar kinds (<see cref="Kinds.ScalarKinds"/>), or one the schema declares.</summary>
    internal enum FieldKind
    {
        Scalar,
        Enum,
        Reference,
        Object,

        /// <summary><c>type: [url, Organization]</c>: one of several kinds or objects, the first that fits (<see cref="FieldSpec.UnionMembers"/>).</summary>
        Union,

        /// <summary><c>type: yaml</c>: any YAML, kept as a small read-only tree (<c>FactbookYaml</c>) when its shape is not the schema's concern.</summary>
        Yaml,
    }

    /// <summary>
    /// One field of a content type, ready to validate and emit. It holds no source locations, so an edit that
    /// only moves schema text leaves the model equal and the generated code untouched.
    /// </summary>
    /// <param name="Name">The key authors write in YAML.</param>
    /// <param name="PropertyName">The generated C# property.</param>
    /// <param name="TypeName">The generated type: the enum or nested record it declares, or the referenced record.</param>
    /// <param name="EnumValues">The allowed texts of an enum, in declared order; <paramref name="EnumMembers"/> are their C# names.</param>
    /// <param name="Fields">The fields of a nested object.</param>
    /// <param name="TargetCollectionClass">For references: the static class that holds the referenced entries.</param>
    /// <param name="TargetIdEnum">For references: the id enum of the referenced type.</param>
    /// <param name="IsIndexed">Whether the collection class has a lookup by this field's value (<c>index: true</c>).</param>
    /// <param name="VerbatimIn">For text fields marked <c>verbatim_in</c>: the sibling reference field whose entry's
    /// text file must hold this field's text word for word; empty otherwise.</param>
    internal sealed record FieldSpec(
        string Name,
        string PropertyName,
        FieldKind Kind,
        Kinds.ScalarKind? Scalar,
        bool IsList,
        bool IsRequired,
        ValueModel? Default,
        string Description,
        string TypeName,
        EquatableArray<string> EnumValues,
        EquatableArray<string> EnumMembers,
        EquatableArray<FieldSpec> Fields,
        string TargetCollectionClass,
        string TargetIdEnum,
        bool IsIndexed = false,
        string VerbatimIn = "",
        string Pattern = "",
        bool IsUnique = false,
        bool IsMap = false,
        bool IsShared = false)
    {
        /// <summary>
        /// For a union, its members in the order tried: scalar kinds (<see cref="Scalar"/>) and shared objects, each
        /// with the case's name as its <see cref="PropertyName"/>.
        /// </summary>
        public EquatableArray<FieldSpec> UnionMembers { get; init; } = EquatableArray<FieldSpec>.Empty;

        /// <summary>
        /// For a type whose entries sit inside another's (<c>in</c>, <c>at</c>): the reference to the entry that holds
        /// each one. Its value comes from where the entry is, never from a key of its own.
        /// </summary>
        public bool IsContainer { get; init; }

        /// <summary>The field <see cref="VerbatimIn"/> names beside this one: <c>quotation</c> of <c>quotation.text</c>.</summary>
        public string VerbatimSource => VerbatimIn.IndexOf('.') is var dot && dot > 0 ? VerbatimIn.Substring(0, dot) : VerbatimIn;

        /// <summary>The text field of the entry <see cref="VerbatimSource"/> names (<c>text</c> of <c>quotation.text</c>); empty for its text file.</summary>
        public string VerbatimTextField => VerbatimIn.IndexOf('.') is var dot && dot > 0 ? VerbatimIn.Substring(dot + 1) : string.Empty;

        /// <summary>A text field other fields cite word for word (<c>verbatim_in: quotation.text</c>): each entry's value is a text to check them against.</summary>
        public bool IsCitedText { get; init; }

        /// <summary>
        /// <c>required_when: { status: checked }</c>: an optional field that must have a value (a list, at least one)
        /// when the sibling <see cref="RequiredWhenField"/> has the value <see cref="RequiredWhenValue"/>; empty otherwise.
        /// </summary>
        public string RequiredWhenField { get; init; } = string.Empty;

        public string RequiredWhenValue { get; init; } = string.Empty;

        /// <summary>Whether the generated property can be null: an optional single value with no default.</summary>
        public bool IsNullable => !IsList && !IsMap && !IsRequired && Default is null;

        /// <summary>Whether the field holds many values: a list, or a map of names to values; never null, empty when absent.</summary>
        public bool IsMany => IsList || IsMap;

        /// <summary>How an author would name what this field takes, for messages.</summary>
        public string Expectation => Kind switch
        {
            FieldKind.Scalar => Pattern.Length > 0 ? Scalar!.Expectation + " matching the pattern " + Pattern : Scalar!.Expectation,
            FieldKind.Enum => "one of its declared values",
            FieldKind.Reference => "the id of a " + TypeName,
            FieldKind.Object => "a mapping of its fields",
            FieldKind.Yaml => "any YAML",
            FieldKind.Union => string.Join(" or ", System.Linq.Enumerable.Select(UnionMembers, member => member.Expectation)),
            _ => "text",
        };
    }

    /// <summary>A declared content type and the collection its entries live in.</summary>
    /// <param name="DisplayField">The field whose value names an entry in doc comments, or null to use the id.</param>
    /// <param name="Binding">Which files hold its entries, how they are laid out, and where ids come from.</param>
    internal sealed record TypeSpec(
        string Name,
        string CollectionName,
        string CollectionClass,
        string IdEnum,
        string Description,
        string? DisplayField,
        EquatableArray<FieldSpec> Fields,
        TypeBinding Binding)
    {
        /// <summary>
        /// The fields with <c>index: true</c>, at any depth: each gets a lookup by value on the collection class
        /// (<c>ByGem</c>; <c>ByAffectedPackageName</c> over <c>affected[].package.name</c>), in field order.
        /// </summary>
        public System.Collections.Generic.IEnumerable<IndexPath> IndexedPaths => IndexPath.Below(Fields, EquatableArray<FieldSpec>.Empty);
    }

    /// <summary>The fields from an entry down to an indexed field: one for a field of the entry, more through nested objects.</summary>
    internal sealed record IndexPath(EquatableArray<FieldSpec> Fields)
    {
        public FieldSpec Field => Fields[Fields.Count - 1];

        /// <summary>The lookup's name: <c>By</c> and the properties along the path.</summary>
        public string LookupName => "By" + string.Concat(System.Linq.Enumerable.Select(Fields, step => step.PropertyName));

        public static System.Collections.Generic.IEnumerable<IndexPath> Below(EquatableArray<FieldSpec> fields, EquatableArray<FieldSpec> above)
        {
            foreach (var field in fields)
            {
                var path = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(above, new[] { field })).ToEquatableArray();
                if (field.IsIndexed || field.IsUnique)
                {
                    yield return new IndexPath(path);
                }

                if (field.Kind == FieldKind.Object)
                {
                    foreach (var nested in Below(field.Fields, path))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }

    /// <summary>How the entries of a file are laid out.</summary>
    internal enum FileLayout
    {
        /// <summary>Top-level keys name collections, each a list of entries (or one entry): Factbook's own layout.</summary>
        Collections,

        /// <summary>The file is a list of entries.</summary>
        List,

        /// <summary>The file maps each entry's id to its fields.</summary>
        Map,

        /// <summary>The file is one entry.</summary>
        Record,

        /// <summary>Top-level keys are groups, each a list of entries; the group key goes into a field.</summary>
        Groups,

        /// <summary>Not stated: list, map or record, told from each file (see <c>EntryReader</c>).</summary>
        Inferred,
    }

    /// <summary>Where an entry's id comes from.</summary>
    internal enum IdSource
    {
        /// <summary>A field of the entry: <c>id</c> unless the schema names another.</summary>
        Field,

        /// <summary>The entry's key in a file laid out as a map.</summary>
        Key,

        /// <summary>The file's path below the folder its pattern starts in, without the extension.</summary>
        Path,

        /// <summary>The file's path and the entry's position in it: <c>showcase/1</c>.</summary>
        Position,
    }

    /// <summary>What an entry's fields that the schema does not declare cost.</summary>
    internal enum ExtraFieldsPolicy
    {
        Error,
        Warn,
        Ignore,
    }

    /// <summary>An id whose C# member the schema names, when the derived name collides or reads badly.</summary>
    internal sealed record MemberOverride(string Id, string Member, SourceSpan KeySpan = default);

    /// <summary>
    /// Which files hold a type's entries and how to read them. <see cref="Default"/> is Factbook's own layout:
    /// any content file, collections by top-level key, ids in the <c>id</c> field.
    /// </summary>
    /// <param name="Files">The patterns of the schema's <c>files</c>, relative to <paramref name="Root"/>.</param>
    /// <param name="Root">The folder of the schema file that declares the type, with '/' separators and a trailing '/'.</param>
    /// <param name="IdFrom">Where ids come from; null when the schema does not say: the key in a map, the path of a record, else the <c>id</c> field.</param>
    /// <param name="GroupField">For <see cref="FileLayout.Groups"/>: the field that takes each group's key.</param>
    internal sealed record TypeBinding(
        EquatableArray<string> Files,
        string Root,
        FileLayout Layout,
        IdSource? IdFrom,
        string IdField,
        string GroupField,
        ExtraFieldsPolicy ExtraFields,
        EquatableArray<MemberOverride> Members)
    {
        public static readonly TypeBinding Default = new(
            EquatableArray<string>.Empty, string.Empty, FileLayout.Collections, IdSource.Field, "id", string.Empty, ExtraFieldsPolicy.Error, EquatableArray<MemberOverride>.Empty);

        /// <summary>Where each pattern of <see cref="Files"/> is written, in the schema file <see cref="SchemaPath"/>.</summary>
        public EquatableArray<SourceSpan> FileSpans { get; init; } = EquatableArray<SourceSpan>.Empty;

        public string SchemaPath { get; init; } = string.Empty;

        /// <summary>The patterns as the schema writes them (<see cref="Files"/> are rewritten from <see cref="Root"/> when one starts with <c>../</c>), for messages.</summary>
        public EquatableArray<string> WrittenFiles { get; init; } = EquatableArray<string>.Empty;

        /// <summary>
        /// Whether each entry gets a member (<c>Places.Kaliningrad</c>) and a named key; <c>members: none</c> turns them
        /// off. Each is a method the compiler builds in every build: about 70 µs at 10,000 entries.
        /// </summary>
        public bool EntryMembers { get; init; } = true;

        /// <summary>
        /// <c>retired: { when: withdrawn }</c>: the field of the dataset's own that retires an entry when it has a
        /// value (OSV's <c>withdrawn</c>), or empty.
        /// </summary>
        public string RetiredWhen { get; init; } = string.Empty;

        /// <summary>
        /// <c>in: Category</c>: the type whose entries hold this type's entries, at <see cref="At"/> inside each; empty
        /// for a type whose entries are files' own.
        /// </summary>
        public string Container { get; init; } = string.Empty;

        /// <summary><c>at: subcategories[].items[]</c>: the way from an entry of <see cref="Container"/> down to the entries it holds.</summary>
        public EquatableArray<EntryPathStep> At { get; init; } = EquatableArray<EntryPathStep>.Empty;

        /// <summary>Where <see cref="At"/> is written, in <see cref="SchemaPath"/>, for FB0053.</summary>
        public SourceSpan AtSpan { get; init; }

        /// <summary>Whether the type names its files; otherwise its entries are found by collection key in any content file.</summary>
        public bool IsBound => Files.Count > 0;

        /// <summary>Whether its entries are found inside another type's entries (<see cref="Container"/>), not by file or collection key.</summary>
        public bool IsNested => Container.Length > 0;

        /// <summary>Where ids come from in a file read with <paramref name="layout"/>.</summary>
        public IdSource IdSourceFor(FileLayout layout) => IdFrom ?? layout switch
        {
            FileLayout.Map => IdSource.Key,
            FileLayout.Record => IdSource.Path,
            _ => IdSource.Field,
        };
    }

    /// <summary>A key of <paramref name="Container"/>'s entries (of every type's, when empty) that leads to entries held in them.</summary>
    internal sealed record HeldKey(string Container, string Key);

    /// <summary>Every type of every schema file, and the problems found reading them.</summary>
    /// <param name="BrokenCollections">
    /// Collections whose type has schema errors: their content is not checked, so one schema mistake gives
    /// one error rather than one per entry.
    /// </param>
    /// <param name="BrokenBindings">The <c>files</c> of types left out for schema errors: their files are not read, and not reported as unread either.</param>
    internal sealed record SchemaSpec(
        EquatableArray<TypeSpec> Types,
        EquatableArray<string> BrokenCollections,
        bool HasSchemaFile,
        EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics,
        EquatableArray<TypeBinding> BrokenBindings = default)
    {
        /// <summary>The object types declared once under <c>objects</c>, each emitted once, whatever uses it.</summary>
        public EquatableArray<FieldSpec> Objects { get; init; } = EquatableArray<FieldSpec>.Empty;

        /// <summary>
        /// The keys that lead to the entries of held types left out for a schema error (<c>in: Box</c>, <c>at: items[]</c>):
        /// still not fields of their holders, so one schema mistake is one error, not one per holder.
        /// </summary>
        public EquatableArray<HeldKey> BrokenHeldKeys { get; init; } = EquatableArray<HeldKey>.Empty;

        public static readonly SchemaSpec None = new(
            EquatableArray<TypeSpec>.Empty,
            EquatableArray<string>.Empty,
            false,
            EquatableArray<Diagnostics.DiagnosticInfo>.Empty,
            EquatableArray<TypeBinding>.Empty);
    }
}
