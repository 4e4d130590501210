using Factbook.Generator.Content;
using Factbook.Generator.Model;

namespace Factbook.Generator.Schema
{
    /// <summary>The shape of a field's value: one of the scalar kinds (<see cref="Kinds.ScalarKinds"/>), or one the schema declares.</summary>
    internal enum FieldKind
    {
        Scalar,
        Enum,
        Reference,
        Object,
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
        string TargetIdEnum)
    {
        /// <summary>Whether the generated property can be null: an optional single value with no default.</summary>
        public bool IsNullable => !IsList && !IsRequired && Default is null;

        /// <summary>How an author would name what this field takes, for messages.</summary>
        public string Expectation => Kind switch
        {
            FieldKind.Scalar => Scalar!.Expectation,
            FieldKind.Enum => "one of its declared values",
            FieldKind.Reference => "the id of a " + TypeName,
            FieldKind.Object => "a mapping of its fields",
            _ => "text",
        };
    }

    /// <summary>A declared content type and the collection its entries live in.</summary>
    /// <param name="DisplayField">The field whose value names an entry in doc comments, or null to use the id.</param>
    internal sealed record TypeSpec(
        string Name,
        string CollectionName,
        string CollectionClass,
        string IdEnum,
        string Description,
        string? DisplayField,
        EquatableArray<FieldSpec> Fields);

    /// <summary>Every type of every schema file, and the problems found reading them.</summary>
    /// <param name="BrokenCollections">
    /// Collections whose type has schema errors: their content is not checked, so one schema mistake gives
    /// one error rather than one per entry.
    /// </param>
    internal sealed record SchemaSpec(
        EquatableArray<TypeSpec> Types,
        EquatableArray<string> BrokenCollections,
        bool HasSchemaFile,
        EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics)
    {
        public static readonly SchemaSpec None = new(
            EquatableArray<TypeSpec>.Empty,
            EquatableArray<string>.Empty,
            false,
            EquatableArray<Diagnostics.DiagnosticInfo>.Empty);
    }
}
