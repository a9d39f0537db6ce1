// Shape-compatible stand-in for the parts of Moq the evaluation corpus uses (Moq is not on the
// NuGet mirror). Namespaces, type and member names match Moq 4, so an analyzer that recognises Moq
// by metadata name sees what it would see in a real test project. Never executed.
using System;
using System.Linq.Expressions;
using System.Threading.Tasks;

namespace Moq
{
    public enum MockBehavior
    {
        Strict,
        Loose,
        Default = Loose,
    }

    public class Mock<T>
        where T : class
    {
        public Mock()
        {
        }

        public Mock(MockBehavior behavior)
        {
        }

        public virtual T Object => throw new NotSupportedException();

        public Language.Flow.ISetup<T, TResult> Setup<TResult>(Expression<Func<T, TResult>> expression) => throw new NotSupportedException();

        public Language.Flow.ISetup<T> Setup(Expression<Action<T>> expression) => throw new NotSupportedException();

        public void Verify<TResult>(Expression<Func<T, TResult>> expression, Times times) => throw new NotSupportedException();

        public void Verify(Expression<Action<T>> expression, Times times) => throw new NotSupportedException();

        public void VerifyNoOtherCalls() => throw new NotSupportedException();
    }

    public static class It
    {
        public static TValue IsAny<TValue>() => throw new NotSupportedException();

        public static TValue Is<TValue>(Expression<Func<TValue, bool>> match) => throw new NotSupportedException();
    }

    public readonly struct Times
    {
        public static Times Once() => default;

        public static Times Never() => default;

        public static Times AtLeastOnce() => default;

        public static Times Exactly(int callCount) => default;
    }

    public static class ReturnsExtensions
    {
        public static Language.Flow.IReturnsResult<TMock> ReturnsAsync<TMock, TResult>(this Language.IReturns<TMock, Task<TResult>> mock, TResult value)
            where TMock : class => throw new NotSupportedException();
    }
}

namespace Moq.Language
{
    public interface IReturns<TMock, TResult>
        where TMock : class
    {
        Flow.IReturnsResult<TMock> Returns(TResult value);
    }
}

namespace Moq.Language.Flow
{
    public interface ISetup<TMock, TResult> : IReturns<TMock, TResult>
        where TMock : class
    {
    }

    public interface ISetup<TMock>
        where TMock : class
    {
    }

    public interface IReturnsResult<TMock>
        where TMock : class
    {
    }
}
