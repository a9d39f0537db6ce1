// Shape-compatible stand-in for the parts of NSubstitute the evaluation corpus uses (NSubstitute is
// not on the NuGet mirror). Namespaces, type and member names match NSubstitute 5. Never executed.
using System;
using System.Linq.Expressions;

namespace NSubstitute
{
    public static class Substitute
    {
        public static T For<T>(params object[] constructorArguments)
            where T : class => throw new NotSupportedException();
    }

    public static class Arg
    {
        public static T Any<T>() => throw new NotSupportedException();

        public static T Is<T>(T value) => throw new NotSupportedException();

        public static T Is<T>(Expression<Predicate<T>> predicate) => throw new NotSupportedException();
    }

    public static class SubstituteExtensions
    {
        public static Core.ConfiguredCall Returns<T>(this T value, T returnThis, params T[] returnThese) => throw new NotSupportedException();

        public static T Received<T>(this T substitute)
            where T : class => throw new NotSupportedException();

        public static T Received<T>(this T substitute, int requiredNumberOfCalls)
            where T : class => throw new NotSupportedException();

        public static T DidNotReceive<T>(this T substitute)
            where T : class => throw new NotSupportedException();
    }
}

namespace NSubstitute.Core
{
    public class ConfiguredCall
    {
    }
}
