import { api, type Page } from './client.ts';
import type { User, UserCreate, UserUpdate } from './types.ts';

export const listUsers = (page: number, pageSize: number) => api.get<Page<User>>('/users', { page, pageSize });

export const createUser = (input: UserCreate) => api.post<User>('/users', input);

export const updateUser = (id: string, input: UserUpdate) => api.put<User>(`/users/${encodeURIComponent(id)}`, input);

export const resetUserPassword = (id: string, password: string) =>
  api.post<void>(`/users/${encodeURIComponent(id)}/password`, { password });
