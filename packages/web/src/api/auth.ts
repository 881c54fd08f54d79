import { api } from './client.ts';
import type { Me } from './types.ts';

export const login = (username: string, password: string) =>
  api.post<{ user: Me }>('/auth/login', { username, password }).then((r) => r.user);

export const logout = () => api.post<void>('/auth/logout');

export const fetchMe = () => api.get<{ user: Me }>('/auth/me').then((r) => r.user);

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<void>('/auth/password', { currentPassword, newPassword });
